#!/usr/bin/env node
// Generates dictionaries/actors/countries.jsonl: one `type:"country"` entry for every code of kind
// `country` (and `region`) in dictionaries/reference/cameo_actor_codes.tsv.
//
// Facts (common/official names, capitals, demonyms) come from the npm package `world-countries`;
// everything news-specific (short forms, metonyms, plural demonyms, case-sensitive names, which
// capitals to drop because they are ordinary words or surnames) is curated by hand in OVERRIDES
// below. Re-run with `node scripts/gen-countries.mjs`; the output is deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsv = readFileSync(join(root, 'dictionaries/reference/cameo_actor_codes.tsv'), 'utf8');
const rows = tsv
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([code, kind, name, source, note]) => ({ code, kind, name, source, note: note ?? '' }));

const byCca3 = new Map(worldCountries.map((c) => [c.cca3, c]));

// CAMEO codes that are not the ISO alpha-3 world-countries uses.
const WC_ALIAS = { TMP: 'TLS', IMY: 'IMN', KSV: 'UNK' };

/** strip diacritics: "Réunion" → "Reunion" */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/å/g, 'a');

/**
 * Hand curation. Keys:
 *  names / adjectives / capitals: extra entries (appended)
 *  dropNames / dropCapitals: remove generated entries
 *  noAutoAdjectives: do not take the demonym from world-countries
 *  noCapitals: drop all capitals
 *  cs: case_sensitive entries
 *  notes
 *  fromWc: world-countries cca3 to take facts from (legacy codes)
 */
const OVERRIDES = {
  AFG: { adjectives: ['Afghans'] },
  ALA: { names: ['Aland', 'Aland Islands'], noAutoAdjectives: true },
  ALB: {},
  ARG: { adjectives: ['Argentinian', 'Argentinians', 'Argentines'] },
  ASM: { adjectives: ['American Samoans'] },
  AIA: { noCapitals: true, notes: 'capital "The Valley" omitted: an ordinary phrase' },
  ATG: { names: ['Antigua'], adjectives: ['Antiguan', 'Antiguans'], dropCapitals: ["Saint John's"], capitals: ["St. John's"] },
  AUS: { adjectives: ['Aussie', 'Aussies'] },
  AUT: { adjectives: ['Austrians'] },
  AZE: { adjectives: ['Azerbaijanis', 'Azeri', 'Azeris'] },
  BHS: { names: ['The Bahamas'], adjectives: ['Bahamians'] },
  BMU: { noCapitals: true, notes: 'capital Hamilton omitted: a common surname and other cities' },
  BEL: { adjectives: ['Belgians'], dropCapitals: ['Brussels'], notes: '"Brussels" is in seats.jsonl as the EU metonym (IGOEUREEC), its usual sense in news' },
  BLR: {
    names: ['Byelorussia', 'Belorussia'],
    adjectives: ['Belarusians', 'Belarussian', 'Belarussians', 'Byelorussian', 'Belorussian'],
    notes: '"Belarus\u2019 X" possessive is handled by the tokenizer',
  },
  BIH: { names: ['Bosnia', 'Bosnia-Herzegovina'], adjectives: ['Bosnian', 'Bosnians'] },
  BWA: { noAutoAdjectives: true, adjectives: ['Botswanan', 'Motswana', 'Batswana'] },
  BOL: { capitals: ['La Paz'], notes: 'Sucre is the constitutional capital, La Paz the seat of government' },
  BRA: { capitals: ['Brasilia'] },
  BRN: { names: ['Brunei Darussalam'], adjectives: ['Bruneians'] },
  BFA: { names: ['Burkina'], adjectives: ['Burkinabes'] },
  BDI: { capitals: ['Bujumbura'], notes: 'Gitega is the capital since 2019; Bujumbura the former capital and economic centre' },
  KHM: { adjectives: ['Cambodians'] },
  CMR: { adjectives: ['Cameroonians'], capitals: ['Yaounde'] },
  CPV: { names: ['Cabo Verde'], noAutoAdjectives: true, adjectives: ['Cape Verdean', 'Cape Verdeans'] },
  CYM: { noCapitals: true, notes: 'capital George Town omitted: also a city in Malaysia' },
  CAF: { names: ['CAR'], cs: ['CAR'], adjectives: ['Central Africans'], notes: '"CAR" only as capitalised acronym' },
  TCD: { cs: ['Chad'], adjectives: ['Chadians'], capitals: ['Ndjamena'] },
  CHL: { cs: ['Chile'], adjectives: ['Chileans'] },
  CHN: {
    names: ['Mainland China', 'PRC'],
    cs: ['China', 'PRC'],
    dropNames: ['Zhongguo', 'Zhonghua'],
    notes: '"Beijing" is the government metonym; "China" only capitalised (china = porcelain)',
  },
  COL: { adjectives: ['Colombians'], capitals: ['Bogota'] },
  COM: { adjectives: ['Comorian', 'Comorians'], dropNames: ['Union des Comores'] },
  COD: {
    names: ['Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Zaire'],
    adjectives: ['Congolese'],
    notes: 'bare "Congo" and "Congolese" → COD: in current news they mostly mean the DRC; "Republic of the Congo"/"Congo-Brazzaville" → COG',
  },
  COG: {
    names: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
    dropNames: ['Congo'],
    noAutoAdjectives: true,
    notes: '"Congolese" is given to COD only',
  },
  COK: { noCapitals: true },
  CRI: { adjectives: ['Costa Ricans'], capitals: ['San Jose'] },
  CIV: {
    names: ["Côte d'Ivoire", "Cote d'Ivoire", 'Cote dIvoire'],
    adjectives: ['Ivorian', 'Ivorians'],
    capitals: ['Abidjan'],
    notes: 'Yamoussoukro is the official capital; Abidjan the seat of most government institutions',
  },
  HRV: { adjectives: ['Croat', 'Croats', 'Croatians'] },
  CUB: { adjectives: ['Cubans'] },
  CYP: { adjectives: ['Cypriots', 'Greek Cypriot', 'Greek Cypriots'] },
  CZE: { names: ['Czech Republic', 'Czechia'], adjectives: ['Czechs'] },
  DNK: { adjectives: ['Dane', 'Danes'] },
  DJI: { noAutoAdjectives: true, adjectives: ['Djiboutian', 'Djiboutians'] },
  DMA: {
    noAutoAdjectives: true,
    names: ['Commonwealth of Dominica'],
    notes: '"Dominican" is given to the Dominican Republic (DOM) only',
  },
  DOM: { adjectives: ['Dominicans'] },
  ECU: { adjectives: ['Ecuadorian', 'Ecuadorians', 'Ecuadoreans'] },
  EGY: { adjectives: ['Egyptians'] },
  SLV: { adjectives: ['Salvadorans', 'Salvadoran', 'Salvadorean'] },
  GNQ: { adjectives: ['Equatoguinean', 'Equatorial Guineans'] },
  ERI: { adjectives: ['Eritreans'] },
  EST: { adjectives: ['Estonians'] },
  ETH: { adjectives: ['Ethiopians'] },
  FRO: { names: ['Faeroe Islands', 'Faroes'], noCapitals: true },
  FLK: { names: ['Falklands', 'Malvinas', 'Islas Malvinas'], noAutoAdjectives: true, adjectives: ['Falkland Islanders'], noCapitals: true, notes: 'capital Stanley omitted: a common personal name' },
  FJI: { adjectives: ['Fijians'] },
  FIN: { adjectives: ['Finn', 'Finns'] },
  FRA: { adjectives: ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'] },
  GUF: { names: ['Guyane'], noCapitals: true, notes: 'capital Cayenne omitted (pepper)' },
  PYF: { names: ['Tahiti'], capitals: ['Papeete'] },
  GAB: {},
  GMB: { names: ['The Gambia'], adjectives: ['Gambians'] },
  GEO: { cs: ['Georgia', 'Georgian', 'Georgians'], adjectives: ['Georgians'], notes: 'also a US state: "Georgia" in US-politics copy is a known false positive' },
  DEU: { adjectives: ['Germans'], names: ['West Germany'], notes: '"West Germany" (FRG before 1990) kept here; East Germany is DDR' },
  GHA: { adjectives: ['Ghanaians'] },
  GIB: { noAutoAdjectives: true, adjectives: ['Gibraltarian', 'Gibraltarians'], noCapitals: true },
  GRC: { adjectives: ['Greeks'] },
  GRL: { noAutoAdjectives: true, adjectives: ['Greenlandic', 'Greenlander', 'Greenlanders'] },
  GRD: { adjectives: ['Grenadians'], noCapitals: true },
  GLP: { noAutoAdjectives: true, noCapitals: true },
  GUM: { adjectives: ['Guamanians'], capitals: ['Hagatna'] },
  GTM: { adjectives: ['Guatemalans'] },
  GIN: { cs: ['Guinea'], adjectives: ['Guineans'], names: ['Guinea-Conakry'] },
  GNB: { names: ['Guinea Bissau'], adjectives: ['Bissau-Guinean', 'Bissau-Guineans'] },
  GUY: { adjectives: ['Guyanese'], noCapitals: true, notes: 'capital Georgetown omitted: also the Washington neighbourhood/university' },
  HTI: { adjectives: ['Haitians'] },
  VAT: {
    names: ['Holy See', 'Vatican'],
    noAutoAdjectives: true,
    notes: 'the Vatican/Holy See as a state actor; the Pope is not listed here',
  },
  HND: { adjectives: ['Hondurans'] },
  HKG: {
    names: ['Hong Kong SAR'],
    noAutoAdjectives: true,
    adjectives: ['Hong Konger', 'Hong Kongers', 'Hongkonger', 'Hongkongers'],
    noCapitals: true,
    notes: 'CAMEO keeps a separate code; "Hong Kong" is also the city itself',
  },
  HUN: { adjectives: ['Hungarians'] },
  ISL: { adjectives: ['Icelanders', 'Icelandic'] },
  IND: {
    names: ['Bharat'],
    adjectives: ['Indians'],
    capitals: ['Delhi'],
    notes: '"Indian" also means Native American in some copy',
  },
  IDN: { adjectives: ['Indonesians'] },
  IRN: { adjectives: ['Iranians'], names: ['Persia'], capitals: ['Teheran'] },
  IRQ: { adjectives: ['Iraqis'] },
  IRL: { names: ['Eire'], adjectives: ['Irishman', 'Irishmen'] },
  ISR: {
    adjectives: ['Israelis'],
    notes: 'Jerusalem: Israel\u2019s seat of government (its status as capital is disputed internationally); Tel Aviv is not a government metonym',
  },
  ITA: { adjectives: ['Italians'] },
  JAM: { adjectives: ['Jamaicans'] },
  JPN: { adjectives: [], dropNames: ['Nihon', 'Nippon'] },
  JOR: { cs: ['Jordan'], adjectives: ['Jordanians'], notes: 'also a common personal name and a river' },
  KAZ: { adjectives: ['Kazakh', 'Kazakhs', 'Kazakhstanis'], capitals: ['Nur-Sultan'], notes: 'Astana was called Nur-Sultan 2019-2022' },
  KEN: { adjectives: ['Kenyans'] },
  KIR: { noAutoAdjectives: true, capitals: ['Tarawa'] },
  PRK: {
    names: ['DPRK', 'N. Korea', 'N Korea'],
    cs: ['DPRK'],
    adjectives: ['North Koreans'],
  },
  KOR: {
    names: ['Korea', 'ROK', 'S. Korea', 'S Korea'],
    cs: ['ROK'],
    adjectives: ['South Koreans', 'Korean', 'Koreans'],
    notes: 'bare "Korea"/"Korean(s)" → South Korea, as in most current news; "North Korea(n)" is the longer match for PRK',
  },
  KWT: { adjectives: ['Kuwaitis'] },
  KGZ: { names: ['Kirgizia', 'Kyrgyz Republic'], dropNames: ['Kyrgyz Respublikasy'], noAutoAdjectives: true, adjectives: ['Kyrgyz', 'Kirghiz', 'Kyrgyzstani', 'Kyrgyzstanis'] },
  LAO: { names: ['Lao PDR'], adjectives: ['Lao', 'Laotians'] },
  LVA: { adjectives: ['Latvians', 'Lett', 'Letts'] },
  LBN: { adjectives: [] },
  LSO: { noAutoAdjectives: true, adjectives: ['Basotho', 'Mosotho'] },
  LBR: { adjectives: ['Liberians'] },
  LBY: { adjectives: ['Libyans'], notes: 'Tripoli is also a city in Lebanon' },
  LIE: { adjectives: ['Liechtensteiners'] },
  LTU: { adjectives: ['Lithuanians'] },
  LUX: { adjectives: ['Luxembourgers', 'Luxembourgish'] },
  MAC: { names: ['Macau'], adjectives: [] },
  MKD: {
    names: ['North Macedonia', 'Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
    adjectives: ['Macedonians', 'North Macedonian', 'North Macedonians'],
    dropNames: ['The former Yugoslav Republic of Macedonia'],
  },
  MDG: { adjectives: ['Malagasy', 'Madagascan'] },
  MWI: { adjectives: ['Malawians'] },
  MYS: { adjectives: ['Malaysians'], capitals: ['Putrajaya'], notes: 'Putrajaya is the federal administrative centre' },
  MDV: { noAutoAdjectives: true, adjectives: ['Maldivian', 'Maldivians'], dropCapitals: ['Male'], notes: 'capital only as "Malé": the unaccented "Male" is a common word' },
  MLI: { adjectives: ['Malians'] },
  MLT: {},
  MHL: { noCapitals: true },
  MTQ: { noCapitals: true },
  MRT: { adjectives: ['Mauritanians'] },
  MUS: { adjectives: ['Mauritians'] },
  MYT: { noCapitals: true },
  MEX: { adjectives: ['Mexicans'] },
  FSM: { names: ['FSM'], cs: ['FSM'], noCapitals: true },
  MDA: { adjectives: ['Moldovans'], capitals: ['Chisinau'] },
  MCO: { names: [], adjectives: ['Monegasques'] },
  MNG: { adjectives: ['Mongolians'], capitals: ['Ulaanbaatar', 'Ulan Bator'] },
  MSR: { noCapitals: true, notes: 'capital Plymouth (abandoned) omitted: also an English city' },
  MAR: { adjectives: ['Moroccans'] },
  MOZ: { adjectives: ['Mozambicans'] },
  MMR: {
    names: ['Burma'],
    adjectives: ['Myanmarese', 'Burmese'],
    capitals: ['Nay Pyi Taw', 'Naypyitaw'],
    notes: '"Burmese" is also the Bamar ethnic group and the language',
  },
  NAM: { adjectives: ['Namibians'] },
  NRU: { noCapitals: true },
  NPL: { adjectives: ['Nepali', 'Nepalis'] },
  NLD: {
    names: ['Holland', 'The Netherlands'],
    adjectives: ['Dutchman', 'Dutchmen'],
    capitals: ['The Hague'],
    notes: 'The Hague is the seat of the Dutch government, but also the seat of the ICC/ICJ',
  },
  NCL: { names: ['Kanaky'], noCapitals: true },
  NZL: { adjectives: ['New Zealanders', 'Kiwi', 'Kiwis'], cs: ['Kiwi', 'Kiwis'] },
  NIC: { adjectives: ['Nicaraguans'] },
  NER: { adjectives: ['Nigeriens'] },
  NGA: { adjectives: ['Nigerians'] },
  NIU: { noCapitals: true },
  NFK: { noCapitals: true, notes: 'capital Kingston omitted: Jamaica\u2019s capital has the same name' },
  MNP: { names: ['Northern Marianas', 'CNMI'], noAutoAdjectives: true, noCapitals: true },
  NOR: { adjectives: ['Norwegians'] },
  PSE: {
    names: [
      'Palestinian territories',
      'Occupied Palestinian Territory',
      'Occupied Palestinian Territories',
      'State of Palestine',
    ],
    adjectives: ['Palestinians'],
    notes: 'the Palestinian Authority itself is in orgs.jsonl (PSEGOV); Ramallah is the seat of the Palestinian Authority',
  },
  OMN: { adjectives: ['Omanis'] },
  PAK: { adjectives: ['Pakistanis'] },
  PLW: { noCapitals: true },
  PAN: { adjectives: ['Panamanians'] },
  PNG: { names: ['PNG'], cs: ['PNG'], adjectives: ['Papua New Guineans'] },
  PRY: { adjectives: ['Paraguayans'], capitals: ['Asuncion'] },
  PER: { adjectives: ['Peruvians'] },
  PHL: { names: ['The Philippines'], adjectives: ['Filipinos', 'Filipina', 'Filipinas', 'Philippine'] },
  PCN: { names: ['Pitcairn'], noCapitals: true },
  POL: { adjectives: ['Pole', 'Poles'], cs: ['Polish', 'Pole', 'Poles'], notes: '"Polish"/"Pole(s)" only capitalised: polish, pole and poles are ordinary words' },
  PRT: {},
  PRI: { adjectives: ['Puerto Ricans'], noCapitals: true, notes: 'capital San Juan omitted: many cities of that name' },
  QAT: { adjectives: ['Qataris'] },
  REU: { names: ['Reunion', 'Reunion Island'], cs: ['Reunion', 'Réunion'], noAutoAdjectives: true, noCapitals: true, notes: 'capital Saint-Denis omitted: also a Paris suburb' },
  ROM: {
    legacy: true,
    names: ['Romania (legacy CAMEO code ROM)'],
    notes:
      'GDELT/CAMEO legacy code for Romania (pre-2002 ISO). Dyad emits ROU; this entry exists so that ROM in imported GDELT data is recognised. Its only name is a label that never occurs in text, so it never competes with ROU.',
  },
  ROU: { adjectives: ['Romanians'] },
  RUS: {
    names: ['Russian Federation'],
    adjectives: ['Russians'],
    notes: '"Kremlin" is in seats.jsonl (RUSGOV)',
  },
  RWA: { adjectives: ['Rwandans'] },
  SHN: { names: ['Saint Helena', 'St Helena', 'St. Helena'], noAutoAdjectives: true, noCapitals: true },
  KNA: { names: ['Saint Kitts and Nevis', 'St Kitts and Nevis', 'Saint Kitts-Nevis'], noAutoAdjectives: true, noCapitals: true },
  LCA: { names: ['St Lucia', 'St. Lucia'], adjectives: ['Saint Lucians'], noCapitals: true },
  SPM: { noAutoAdjectives: true, noCapitals: true },
  VCT: { names: ['St Vincent and the Grenadines', 'Saint Vincent'], noAutoAdjectives: true, noCapitals: true },
  WSM: { adjectives: ['Samoans'] },
  SMR: { noAutoAdjectives: true, adjectives: ['Sammarinese'], dropCapitals: ['City of San Marino'] },
  STP: { names: ['Sao Tome', 'São Tomé'], noAutoAdjectives: true, noCapitals: true },
  SAU: {
    names: ['Saudi', 'KSA'],
    cs: ['KSA'],
    adjectives: ['Saudi', 'Saudis', 'Saudi Arabians'],
    notes: '"Saudi" is both a short name and the adjective',
  },
  SEN: {},
  SRB: { adjectives: ['Serb', 'Serbs', 'Serbians'] },
  SYC: { noCapitals: true, notes: 'capital Victoria omitted: a common name and an Australian state' },
  SLE: { adjectives: ['Sierra Leoneans'] },
  SGP: { adjectives: ['Singaporeans'] },
  SVK: { adjectives: ['Slovaks', 'Slovakian'] },
  SVN: { adjectives: ['Slovenes', 'Slovenian', 'Slovenians'] },
  SLB: { noCapitals: true },
  SOM: { adjectives: ['Somalis'] },
  ZAF: { names: ['RSA'], cs: ['RSA'], adjectives: ['South Africans'] },
  ESP: { adjectives: ['Spaniard', 'Spaniards'] },
  LKA: {
    names: ['Ceylon'],
    adjectives: ['Sri Lankans'],
    capitals: ['Sri Jayawardenepura Kotte', 'Kotte'],
    notes: 'Colombo: commercial capital and seat of the president\u2019s office; Sri Jayawardenepura Kotte is the legislative capital',
  },
  SDN: { names: ['Darfur'], notes: 'Darfur (a region of Sudan) is listed as a name: as an actor or target it stands for Sudan' },
  SUR: { noAutoAdjectives: true, adjectives: ['Surinamese'] },
  SJM: { names: ['Svalbard'], dropNames: ['Svalbard og Jan Mayen'], noAutoAdjectives: true, noCapitals: true },
  SWZ: { names: ['Swaziland', 'Eswatini', 'eSwatini'], adjectives: ['Swazis'], capitals: ['Mbabane'] },
  SWE: { adjectives: ['Swede', 'Swedes'] },
  CHE: { names: ['Swiss Confederation'], adjectives: [] },
  SYR: { adjectives: ['Syrians'] },
  TWN: {
    names: ['Chinese Taipei', 'Formosa'],
    dropNames: ['Republic of China', 'Republic of China (Taiwan)'],
    adjectives: [],
    notes: '"Republic of China" omitted (would compete with "People\u2019s Republic of China")',
  },
  TJK: { noAutoAdjectives: true, adjectives: ['Tajik', 'Tajiks', 'Tajikistani'] },
  TZA: { adjectives: ['Tanzanians'], capitals: ['Dar es Salaam'], notes: 'Dodoma is the capital; Dar es Salaam hosts most of the government' },
  THA: { names: ['Siam'], adjectives: ['Thais'], dropNames: ['Prathet', 'Thai'] },
  TGO: { adjectives: ['Togolese'], dropNames: ['Togolese'], capitals: ['Lome'] },
  TKL: { noCapitals: true },
  TON: { noCapitals: true },
  TTO: { names: ['Trinidad'], adjectives: ['Trinidadians'] },
  TUN: { adjectives: ['Tunisians'] },
  TUR: {
    names: ['Turkey', 'Republic of Turkey', 'Turkiye'],
    cs: ['Turkey'],
    adjectives: ['Turk', 'Turks'],
    notes: '"Turkey" only capitalised (turkey = the bird); "Turkic" is not Turkish',
  },
  TKM: { adjectives: ['Turkmens'] },
  TCA: { noCapitals: true },
  TUV: { noCapitals: true },
  UGA: { adjectives: ['Ugandans'] },
  UKR: {
    names: ['The Ukraine'],
    adjectives: ['Ukrainians'],
    capitals: ['Kiev'],
  },
  ARE: {
    names: ['UAE', 'U.A.E.'],
    cs: ['UAE'],
    adjectives: ['Emiratis'],
    notes: 'bare "Emirates" omitted: mostly the airline',
  },
  GBR: {
    names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    cs: ['UK'],
    adjectives: ['Briton', 'Britons', 'Brit', 'Brits', 'Scottish', 'Scots', 'Welsh', 'Englishman', 'Englishmen'],
    notes: 'England/Scotland/Wales/Northern Ireland code as GBR; "English" omitted as an adjective (the language)',
  },
  USA: {
    names: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'United States of America'],
    cs: ['US', 'USA'],
    adjectives: ['Americans', 'U.S.-led', 'US-led'],
    capitals: ['Washington', 'Washington D.C.', 'Washington DC'],
    notes: '"US" only capitalised (us = pronoun). "Washington" is also a state and a surname.',
  },
  VIR: { names: ['US Virgin Islands', 'U.S. Virgin Islands', 'USVI'], noAutoAdjectives: true, noCapitals: true },
  VGB: { names: ['BVI'], noAutoAdjectives: true, noCapitals: true, dropNames: ['Virgin Islands'] },
  URY: { adjectives: ['Uruguayans'] },
  UZB: { adjectives: ['Uzbek', 'Uzbeks', 'Uzbekistanis'] },
  VUT: { noCapitals: true, notes: 'demonym Ni-Vanuatu is invariable' },
  VEN: { adjectives: ['Venezuelans'] },
  VNM: { names: ['Viet Nam'], adjectives: [] },
  WLF: { noAutoAdjectives: true, noCapitals: true },
  ESH: {
    names: ['Sahrawi Arab Democratic Republic', 'SADR'],
    adjectives: ['Sahrawis', 'Saharawi', 'Saharawis'],
    capitals: ['Laayoune', 'El Aaiun'],
    dropCapitals: ['El Aaiún'],
  },
  YEM: { adjectives: ['Yemenis'], capitals: ['Sanaa'] },
  ZMB: { adjectives: ['Zambians'] },
  ZWE: { adjectives: ['Zimbabweans'] },
  SSD: { adjectives: [] },
  MNE: { adjectives: ['Montenegrins'] },
  MTN: {
    legacy: true,
    names: ['Montenegro (legacy CAMEO code MTN)'],
    notes:
      'GDELT/CAMEO legacy code for Montenegro (non-ISO). Dyad emits MNE; this entry exists so that MTN in imported GDELT data is recognised. Its only name is a label that never occurs in text.',
  },
  GGY: { names: ['Bailiwick of Guernsey'], noAutoAdjectives: true, adjectives: ['Guernseyman', 'Guernsey islanders'], noCapitals: true },
  IMY: {
    fromWc: 'IMN',
    names: ['Isle of Man'],
    noAutoAdjectives: true,
    adjectives: ['Manx'],
    noCapitals: true,
    notes: 'CAMEO/GDELT code IMY (ISO is IMN). Capital Douglas omitted: a common personal name.',
  },
  TMP: {
    fromWc: 'TLS',
    names: ['East Timor', 'Timor-Leste', 'Timor Leste', 'Democratic Republic of Timor-Leste'],
    adjectives: ['East Timorese', 'Timorese'],
    notes: 'CAMEO/GDELT code TMP (pre-2002 ISO; current ISO is TLS, which the reference table lacks)',
  },
  KSV: {
    fromWc: 'UNK',
    names: ['Kosovo', 'Republic of Kosovo', 'Kosova'],
    adjectives: ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans', 'Kosovo Albanian', 'Kosovo Albanians'],
    capitals: ['Prishtina'],
    notes: 'PETRARCH2 code KSV (no ISO alpha-3; PLOVER uses KOS)',
  },
  ANT: {
    names: ['Netherlands Antilles', 'Dutch Antilles'],
    notes: 'dissolved 2010-10-10 (now Curacao, Sint Maarten and the Caribbean Netherlands); kept for historical text',
  },
  CSK: {
    names: ['Czechoslovakia', 'Czecho-Slovakia', 'Czechoslovak Socialist Republic', 'Czech and Slovak Federative Republic'],
    adjectives: ['Czechoslovak', 'Czechoslovakian', 'Czechoslovaks'],
    notes: 'historical, until 1993-01-01. No capital: Prague belongs to CZE.',
  },
  DDR: {
    names: ['East Germany', 'German Democratic Republic', 'GDR'],
    cs: ['GDR'],
    adjectives: ['East German', 'East Germans'],
    capitals: ['East Berlin'],
    notes: 'historical, until 1990-10-03',
  },
  SCG: {
    names: ['Serbia and Montenegro', 'Serbia-Montenegro', 'State Union of Serbia and Montenegro', 'Federal Republic of Yugoslavia', 'Yugoslavia'],
    adjectives: ['Yugoslav', 'Yugoslavs'],
    notes: 'historical (FRY 1992-2003, State Union 2003-2006); "Yugoslavia" in post-1992 text means the FRY. No capital: Belgrade belongs to SRB.',
  },
  WSB: {
    names: ['West Bank', 'occupied West Bank', 'Judea and Samaria'],
    notes: 'special CAMEO sub-national code',
  },
  GZS: {
    names: ['Gaza Strip', 'Gaza', 'Gaza City'],
    adjectives: ['Gazan', 'Gazans'],
    notes: 'special CAMEO sub-national code; Hamas is in orgs.jsonl',
  },
  BAG: {
    legacy: true,
    names: ['City of Baghdad', 'Baghdad city'],
    notes:
      'Bare "Baghdad" is kept as the capital of IRQ (government metonym), so this entry only has the explicit city names.',
  },
};

// Regional pseudo-countries (kind=region), hand-written.
const REGIONS = {
  AFR: { names: ['Africa'], adjectives: ['African', 'Africans'] },
  ASA: { names: ['Asia'], adjectives: ['Asian', 'Asians'] },
  BLK: { names: ['Balkans', 'Balkan states', 'Western Balkans'], adjectives: ['Balkan'] },
  CRB: { names: ['Caribbean', 'Caribbean states'], adjectives: ['Caribbeans'] },
  CAU: { names: ['Caucasus', 'South Caucasus', 'North Caucasus', 'Caucasia'], notes: '"Caucasian" omitted (race term)' },
  CFR: { names: ['Central Africa'], notes: '"Central African" is given to CAF' },
  CAS: { names: ['Central Asia'], adjectives: ['Central Asian', 'Central Asians'] },
  CEU: { names: ['Central Europe'], adjectives: ['Central European', 'Central Europeans'] },
  EIN: { names: ['East Indies'] },
  EAF: { names: ['East Africa', 'Eastern Africa', 'Horn of Africa'], adjectives: ['East African', 'East Africans'] },
  EEU: { names: ['Eastern Europe'], adjectives: ['Eastern European', 'Eastern Europeans'] },
  EUR: {
    names: ['Europe'],
    adjectives: ['European', 'Europeans'],
    notes: 'the continent; "European Union", "European Commission" etc. are longer matches in orgs.jsonl (IGOEUREEC)',
  },
  LAM: { names: ['Latin America', 'Central America'], adjectives: ['Latin American', 'Latin Americans'] },
  MEA: { names: ['Middle East', 'Mideast', 'Near East'], adjectives: ['Middle Eastern'] },
  MDT: { names: ['Mediterranean'], notes: 'usually a place (the sea), rarely an actor' },
  NAF: { names: ['North Africa', 'Maghreb'], adjectives: ['North African', 'North Africans', 'Maghrebi'] },
  NMR: { names: ['North America'], adjectives: ['North American', 'North Americans'] },
  PGS: { names: ['Persian Gulf', 'Gulf states', 'Gulf Arab states', 'Arabian Gulf'], adjectives: ['Gulf Arab'], notes: 'bare "Gulf" omitted (Gulf of Mexico, Gulf war...)' },
  SCN: { names: ['Scandinavia', 'Nordic countries', 'Nordics'], adjectives: ['Scandinavian', 'Scandinavians', 'Nordic'] },
  SAM: { names: ['South America'], adjectives: ['South American', 'South Americans'] },
  SAS: { names: ['South Asia'], adjectives: ['South Asian', 'South Asians'] },
  SEA: { names: ['Southeast Asia', 'South-East Asia', 'South East Asia'], adjectives: ['Southeast Asian', 'South-East Asian', 'Southeast Asians'] },
  SAF: { names: ['Southern Africa'], adjectives: ['Southern African'] },
  WAF: { names: ['West Africa', 'Western Africa'], adjectives: ['West African', 'West Africans'] },
  WST: {
    names: ['West', 'Western countries', 'Western powers', 'Western nations', 'Western governments', 'Western allies'],
    adjectives: ['Western'],
    cs: ['West', 'Western'],
    notes:
      'CAMEO WST = "the West". Only capitalised ("west of the city" is a direction). Known false positives: "West Virginia", personal names; longer matches (West Bank, West Africa) win.',
  },
};

const OFFICIAL_PREFIX =
  /^(Republic|Kingdom|State|Commonwealth|Federal|Federation|Principality|Grand Duchy|Democratic|Islamic|People's|Union|Sultanate|Hashemite|Independent|Co-operative|Plurinational|Bolivarian|United|Socialist|Oriental|Nation|Territory|Department|Bailiwick|Swiss|Syrian|Arab|Lebanese|Kyrgyz|Slovak|Russian|Hellenic|Togolese|Gabonese|Argentine|Lao|Most Serene)\b/;

function autoPlural(dem) {
  if (/(ese|s|sh|ch|i|u|Thai|Lao)$/.test(dem)) return dem.endsWith('i') ? `${dem}s` : null;
  if (/[^aeiou]y$/.test(dem)) return null;
  return `${dem}s`;
}

const uniq = (xs) => {
  const seen = new Set();
  const out = [];
  for (const x of xs) {
    const k = x.trim();
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(k);
  }
  return out;
};
const withFolded = (xs) => uniq(xs.flatMap((x) => (fold(x) !== x ? [x, fold(x)] : [x])));

function build(row) {
  const o = OVERRIDES[row.code] ?? {};
  const wc = o.legacy ? null : byCca3.get(o.fromWc ?? WC_ALIAS[row.code] ?? row.code);
  let names = [];
  let adjectives = [];
  let capitals = [];
  if (wc) {
    names.push(wc.name.common, wc.name.official);
    for (const a of wc.altSpellings) {
      if (a.includes(',') || a.length <= 3) continue;
      if (OFFICIAL_PREFIX.test(a)) names.push(a);
    }
    // the tsv's own name is always a name (e.g. "Brunei Darussalam", "Swaziland")
    if (!/^(Occupied|People's Republic of the Congo)/.test(row.name)) names.push(row.name);
    if (!o.noAutoAdjectives) {
      const dem = wc.demonyms?.eng?.m;
      if (dem && !dem.includes(',') && !/ or /.test(dem) && dem !== wc.name.common) {
        adjectives.push(dem);
        const pl = autoPlural(dem);
        if (pl) adjectives.push(pl);
      }
    }
    if (!o.noCapitals) capitals.push(...wc.capital);
  } else if (!o.legacy) {
    names.push(row.name);
  }
  names.push(...(o.names ?? []));
  adjectives.push(...(o.adjectives ?? []));
  if (!o.noCapitals) capitals.push(...(o.capitals ?? []));
  const dropN = new Set(o.dropNames ?? []);
  const dropC = new Set(o.dropCapitals ?? []);
  names = withFolded(names.filter((n) => !dropN.has(n)));
  // keep dropped names from coming back via folding
  names = names.filter((n) => !dropN.has(n));
  adjectives = withFolded(adjectives).filter((a) => !names.includes(a) || a === 'Saudi');
  capitals = withFolded(capitals.filter((c) => !dropC.has(c))).filter((c) => !dropC.has(c));
  // Sri Lanka: Colombo comes from world-countries; keep.
  const cs = uniq(o.cs ?? []);
  const entry = {
    id: `${row.kind === 'region' ? 'region' : 'country'}:${row.code}`,
    type: 'country',
    code: row.code,
    names,
    adjectives,
    capitals,
    case_sensitive: cs,
  };
  const notes = [row.note, o.notes].filter(Boolean).join('; ');
  if (notes) entry.notes = notes;
  return entry;
}

const out = [];
for (const row of rows.filter((r) => r.kind === 'country')) out.push(build(row));
for (const row of rows.filter((r) => r.kind === 'region')) {
  const r = REGIONS[row.code];
  if (!r) throw new Error(`no region record for ${row.code}`);
  OVERRIDES[row.code] = { legacy: true, ...r };
  out.push(build(row));
}
const unknown = Object.keys(OVERRIDES).filter((k) => !rows.some((r) => r.code === k && (r.kind === 'country' || r.kind === 'region')));
if (unknown.length) throw new Error(`overrides for codes not in the tsv: ${unknown.join(', ')}`);

writeFileSync(join(root, 'dictionaries/actors/countries.jsonl'), out.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`wrote ${out.length} entries to dictionaries/actors/countries.jsonl`);
