// The place gazetteer: GeoNames cities + countries + hand-written regions, indexed by normalised
// name. Loaded once by the caller and handed to the places stage (stages never load data).
import { placeKey, tokenCount } from './gazetteer-key.ts';
import {
  type NamedPlace,
  readAdmin1,
  readAliases,
  readCities,
  readCountries,
  readStoplist,
  type StopRule,
} from './gazetteer-sources.ts';

export { placeKey } from './gazetteer-key.ts';
export type { StopRule } from './gazetteer-sources.ts';

export interface GazetteerPlace {
  /** "geonames:625144", "country:BLR", "admin1:US-TX" */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-3 */
  readonly country: string;
  /** admin1 code inside the country ("TX" for US states, GeoNames codes for cities), '' if none */
  readonly admin: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames population; 0 for countries and regions */
  readonly population: number;
  /** ranking weight: the population, 1e8 for a country, 1e7 for a region, ≥ 3e6 for a capital */
  readonly weight: number;
  readonly precision: 'city' | 'admin1' | 'country';
}

export interface Gazetteer {
  /** candidates for a lower-cased name, heaviest first; [] if none */
  lookup(nameLower: string): readonly GazetteerPlace[];
  /** most tokens any indexed name can take */
  readonly maxTokens: number;
  /** most tokens of a name that starts with this word (0: no name does), a cheap first test */
  maxTokensFrom(firstWordLower: string): number;
  country(code3: string): GazetteerPlace | undefined;
  /** country of a demonym/adjective ("georgian" → "GEO"), for context only */
  demonym(wordLower: string): string | undefined;
  /** keys that only match when written in capitals ("us", "uk") */
  isAbbreviation(nameLower: string): boolean;
  /** 'never' a place ("of", "police"), a place only after a locative preposition ("Nice"), or undefined */
  stopRule(nameLower: string): StopRule | undefined;
  readonly size: number;
}

export interface GazetteerOptions {
  /** cities below this population are left out, except capitals and admin1 seats (default 5000) */
  minPopulation?: number;
}

const MAX_NAME_TOKENS = 8;
/** Names whose key, and words whose maxTokensFrom answer, are kept (each map is emptied when full). */
const MAX_REMEMBERED = 50_000;

export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const { countries, alpha3, demonyms } = readCountries();
  const cities = readCities(alpha3, options.minPopulation ?? 5000);
  const index = new Map<string, GazetteerPlace[]>();
  let maxTokens = 1;
  const byFirstWord = new Map<string, number>();
  const add = (name: string, place: GazetteerPlace) => {
    const key = placeKey(name);
    const tokens = tokenCount(name);
    // "United Kingdom of Great Britain and Northern Ireland" is never written out in news
    if (key === '' || tokens > MAX_NAME_TOKENS) return;
    const first = firstWord(key);
    byFirstWord.set(first, Math.max(byFirstWord.get(first) ?? 0, tokens));
    const list = index.get(key);
    if (list === undefined) index.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
    maxTokens = Math.max(maxTokens, tokens);
  };
  const addAll = (named: NamedPlace[]) => {
    for (const { place, names } of named) for (const n of names) add(n, place);
  };
  addAll(countries);
  addAll(readAdmin1());
  addAll(cities);
  const byCountry = new Map(countries.map((c) => [c.place.country, c.place]));
  const byGeonames = new Map(cities.map((c) => [c.place.id, c.place]));
  const abbreviations = new Set<string>();
  for (const a of readAliases()) {
    const place = a.country ? byCountry.get(a.country) : byGeonames.get(`geonames:${a.geonames}`);
    if (place === undefined) continue;
    add(a.alias, place);
    if (a.abbr) abbreviations.add(placeKey(a.alias));
  }
  const stoplist = readStoplist();
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  const seen = new Map<string, number>();
  // names are keyed several times each (lookup, stop rule, abbreviation) for every capitalised word of
  // every article: the keys are remembered, within a bound
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) {
      if (keys.size >= MAX_REMEMBERED) keys.clear();
      k = placeKey(name);
      keys.set(name, k);
    }
    return k;
  };
  return {
    lookup: (nameLower) => index.get(keyOf(nameLower)) ?? [],
    maxTokens,
    maxTokensFrom: (word) => {
      // asked for every capitalised word of every article: remembered per word, within a bound
      let n = seen.get(word);
      if (n === undefined) {
        if (seen.size >= MAX_REMEMBERED) seen.clear();
        n = byFirstWord.get(firstWord(keyOf(word))) ?? 0;
        seen.set(word, n);
      }
      return n;
    },
    country: (code3) => byCountry.get(code3),
    demonym: (word) => demonyms.get(word.toLowerCase()),
    isAbbreviation: (nameLower) => abbreviations.has(keyOf(nameLower)),
    stopRule: (nameLower) => stoplist.get(keyOf(nameLower)),
    size: index.size,
  };
}

/** The first word of a key as the tokenizer would cut it: "ivano-frankivsk" → "ivano". */
function firstWord(key: string): string {
  return key.match(/^[\p{L}\p{N}]+|^./u)?.[0] ?? key;
}
