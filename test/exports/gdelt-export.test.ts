import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadActorKinds, parseActorKinds } from '../../src/exports/actor-kinds.ts';
import { articleEvents } from '../../src/exports/article-events.ts';
import { GDELT_COLUMNS } from '../../src/exports/gdelt-columns.ts';
import { gdeltExport } from '../../src/exports/gdelt-export.ts';
import { gdeltEventId } from '../../src/exports/gdelt-row.ts';
import { splitActorCode } from '../../src/exports/split-actor-code.ts';
import { DyadError } from '../../src/core/errors.ts';
import type { Location } from '../../src/core/types.ts';
import { makeArticle } from '../store/fixtures.ts';

const kinds = loadActorKinds();
const NOW = new Date('2024-03-05T07:08:09Z');

async function rows(article: ReturnType<typeof makeArticle>): Promise<Record<string, string>[]> {
  let out = '';
  await gdeltExport(articleEvents(article), (c) => void (out += c), { actorKinds: kinds, now: NOW });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      const fields = line.split('\t');
      expect(fields).toHaveLength(61);
      return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, fields[i]]));
    });
}

describe('gdelt columns', () => {
  it('match dictionaries/reference/gdelt_event_columns.tsv exactly, in order', () => {
    const tsv = readFileSync(new URL('../../dictionaries/reference/gdelt_event_columns.tsv', import.meta.url), 'utf8');
    const names = tsv.trim().split('\n').slice(1).map((l) => l.split('\t')[1]);
    expect(GDELT_COLUMNS).toEqual(names);
    expect(GDELT_COLUMNS).toHaveLength(61);
  });
});

describe('actor code split', () => {
  it.each([
    ['RUSGOV', { country: 'RUS', type1: 'GOV' }],
    ['USAMIL', { country: 'USA', type1: 'MIL' }],
    ['BLRCOPCVL', { country: 'BLR', type1: 'COP', type2: 'CVL' }],
    // IGO is a role (transnational prefix), EUR a region, EEC the known group (the EU)
    ['IGOEUREEC', { country: 'EUR', knownGroup: 'EEC', type1: 'IGO' }],
    ['IGOWSTNAT', { country: 'WST', knownGroup: 'NAT', type1: 'IGO' }],
    // UNO is both a role and a known group: the group wins
    ['IGOUNO', { knownGroup: 'UNO', type1: 'IGO' }],
    ['NGOAMN', { knownGroup: 'AMN', type1: 'NGO' }],
    // MUS first is Mauritius; after a country it is PETRARCH2's Muslim
    ['MUS', { country: 'MUS' }],
    ['IRQMUS', { country: 'IRQ', religion1: 'MUS' }],
    ['PSEGOV', { country: 'PSE', type1: 'GOV' }],
    ['AFR', { country: 'AFR' }],
    ['COP', { type1: 'COP' }],
    ['SYRREBMOSSHI', { country: 'SYR', type1: 'REB', religion1: 'MOS', religion2: 'SHI' }],
    ['USAGOVLEGMILCVL', { country: 'USA', type1: 'GOV', type2: 'LEG', type3: 'MIL' }],
    ['XYZGOV', { type1: 'GOV' }],
    ['RUSGO', { country: 'RUS' }],
    ['', {}],
    [null, {}],
  ])('%s', (code, expected) => {
    const empty = { country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', type1: '', type2: '', type3: '' };
    expect(splitActorCode(code, kinds)).toEqual({ ...empty, ...expected });
  });

  it('rejects a malformed kinds table', () => {
    expect(() => parseActorKinds('code\tkind\nRUS\tplanet\n')).toThrow(DyadError);
  });
});

describe('gdelt export', () => {
  it('writes 61 tab-separated fields per event, codes as strings with leading zeros', async () => {
    const [r] = await rows(makeArticle('g1', [{ n: 0, cameo: '0211', source: 'RUSGOV', target: 'IGOEUREEC' }]));
    expect(r).toMatchObject({
      GlobalEventID: String(gdeltEventId('g1:e0')),
      Day: '20200816', MonthYear: '202008', Year: '2020', FractionDate: '2020.7014',
      Actor1Code: 'RUSGOV', Actor1Name: 'Russia', Actor1CountryCode: 'RUS', Actor1Type1Code: 'GOV', Actor1KnownGroupCode: '',
      Actor2Code: 'IGOEUREEC', Actor2CountryCode: 'EUR', Actor2KnownGroupCode: 'EEC', Actor2Type1Code: 'IGO',
      IsRootEvent: '1', EventCode: '0211', EventBaseCode: '021', EventRootCode: '02', QuadClass: '1',
      GoldsteinScale: '1.9', NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '',
      Actor1Geo_Type: '', ActionGeo_Type: '', DATEADDED: '20240305070809', SOURCEURL: 'https://example.org/g1',
    });
  });

  it.each([
    ['010', '010', '01'],
    ['19', '19', '19'],
    ['1951', '195', '19'],
  ])('cameo %s → base %s, root %s', async (cameo, base, root) => {
    const [r] = await rows(makeArticle('g2', [{ n: 0, cameo }]));
    expect([r.EventCode, r.EventBaseCode, r.EventRootCode]).toEqual([cameo, base, root]);
  });

  it.each<[Location, string]>([
    [{ name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, precision: 'city' }, '4'],
    [{ name: 'Austin', country: 'USA', lat: 30.27, lon: -97.74, precision: 'city' }, '3'],
    [{ name: 'Texas', country: 'USA', lat: 31, lon: -100, precision: 'admin1' }, '2'],
    [{ name: 'Crimea', country: 'UKR', lat: 45, lon: 34, precision: 'admin1' }, '5'],
    [{ name: 'Belarus', country: 'BLR', lat: 53, lon: 28, precision: 'country' }, '1'],
    [{ name: 'somewhere', country: 'BLR', lat: null, lon: null, precision: 'unknown' }, ''],
  ])('action geo %o → type %s', async (location, type) => {
    const [r] = await rows(makeArticle('g3', [{ n: 0, location }]));
    expect(r.ActionGeo_Type).toBe(type);
    expect(r.ActionGeo_Fullname).toBe(location.name);
    expect(r.ActionGeo_CountryCode).toBe(location.country);
    expect(r.ActionGeo_Lat).toBe(location.lat === null ? '' : String(location.lat));
    expect(r.ActionGeo_FeatureID).toBe('');
  });

  it('keeps tabs and newlines inside values from breaking the row', async () => {
    const article = makeArticle('g4', [{ n: 0, date: null, source: null }], { url: 'https://x.org/a\tb\nc' });
    article.events[0].source = { start: 0, end: 9, text: 'gun\tmen\nX', code: null };
    const [r] = await rows(article);
    expect(r.Actor1Name).toBe('gun men X');
    expect(r.Actor1Code).toBe('');
    expect(r.SOURCEURL).toBe('https://x.org/a b c');
    expect([r.Day, r.MonthYear, r.Year, r.FractionDate]).toEqual(['', '', '', '']);
  });

  it('gives a stable integer id within 53 bits', () => {
    const id = gdeltEventId('a1:e0');
    expect(gdeltEventId('a1:e0')).toBe(id);
    expect(Number.isSafeInteger(id)).toBe(true);
    expect(id).toBeGreaterThan(0);
    expect(gdeltEventId('a1:e1')).not.toBe(id);
  });

  it('writes a header only when asked', async () => {
    let out = '';
    await gdeltExport([], (c) => void (out += c), { actorKinds: kinds, header: true });
    expect(out).toBe(GDELT_COLUMNS.join('\t') + '\n');
    out = '';
    await gdeltExport([], (c) => void (out += c), { actorKinds: kinds });
    expect(out).toBe('');
  });
});
