// Two articles with locations, claims, several ISO weeks and an undated event: the data behind the
// analytics contract and the API's filter and aggregate tests.
import type { CodedArticle, EventRecord } from '../../src/core/types.ts';
import { makeArticle } from './fixtures.ts';

const place = (name: string, country: string, lat: number, lon: number): EventRecord['location'] => ({ name, country, lat, lon, precision: 'city' });
const claim = (code: string, text: string): EventRecord['claim'] => ({ by: { start: 0, end: text.length, text, code }, cue: 'said' });
const MINSK = place('Minsk', 'BLR', 53.9, 27.5667);

/** r1: RUS→BLRGOV 0332 (Fri 14 Aug, Minsk), BLRCOP→BLRCVL 190 claimed by USAGOV (Sat 15, Minsk),
 * USAGOV→RUS 111 (Mon 17, Washington); r2: RUSMIL→UKR 190 claimed by UKRGOV (Thu 20, Kyiv),
 * FJI→NZL 042 (Fri 21, Suva, near the antimeridian), RUS→BLRGOV 042 with no date. */
export function analyticsArticles(): CodedArticle[] {
  const r1 = makeArticle('r1', [
    { n: 0, cameo: '0332', source: 'RUS', target: 'BLRGOV', date: '2020-08-14', location: MINSK },
    { n: 1, cameo: '190', source: 'BLRCOP', target: 'BLRCVL', date: '2020-08-15', location: MINSK, modality: 'reported' },
    { n: 2, cameo: '111', source: 'USAGOV', target: 'RUS', date: '2020-08-17', location: place('Washington', 'USA', 38.9, -77.04) },
  ]);
  r1.events[1] = { ...r1.events[1], claim: claim('USAGOV', 'Washington'), goldstein: -10 };
  r1.events[2] = { ...r1.events[2], goldstein: -2 };
  const r2 = makeArticle('r2', [
    { n: 0, cameo: '190', source: 'RUSMIL', target: 'UKR', date: '2020-08-20', location: place('Kyiv', 'UKR', 50.45, 30.52), modality: 'reported' },
    { n: 1, cameo: '042', source: 'FJI', target: 'NZL', date: '2020-08-21', location: place('Suva', 'FJI', -18.14, 178.44) },
    { n: 2, cameo: '042', source: 'RUS', target: 'BLRGOV', date: null },
  ]);
  r2.events[0] = { ...r2.events[0], claim: claim('UKRGOV', 'Kyiv'), goldstein: -10 };
  return [r1, r2];
}
