import { describe, expect, it } from 'vitest';
import { type ClusterKey, dayWindow, matchScore, sameEvent, sourceKey } from '../../src/ingest/cluster-key.ts';

const base: ClusterKey = { root: '17', day: '2020-08-16', source: 'BLRCOP', target: 'BLRCVL', country: 'BLR', place: 'minsk', lat: 53.9, lon: 27.57 };

describe('sameEvent', () => {
  it.each<[string, Partial<ClusterKey>, boolean]>([
    ['identical', {}, true],
    ['a day apart', { day: '2020-08-17' }, true],
    ['a day before, across a month', { day: '2020-07-31' }, false],
    ['two days apart', { day: '2020-08-18' }, false],
    ['another root', { root: '19' }, false],
    ['coarser source code', { source: 'BLR' }, true],
    ['unknown source, same target', { source: null }, true],
    ['both actors unknown', { source: null, target: null }, false],
    ['conflicting source', { source: 'RUSMIL' }, false],
    ['no place', { country: null, place: null, lat: null, lon: null }, true],
    ['another country', { country: 'UKR', place: 'kyiv', lat: 50.45, lon: 30.52 }, false],
    ['a suburb within 100 km', { place: 'zaslawye', lat: 54.01, lon: 27.27 }, true],
    ['a city 340 km away', { place: 'brest', lat: 52.1, lon: 23.7 }, false],
    ['country-level place only', { place: null, lat: null, lon: null }, true],
    ['undated', { day: '' }, false],
  ])('%s → %s', (_name, change, expected) => {
    expect(sameEvent(base, { ...base, ...change })).toBe(expected);
    expect(sameEvent({ ...base, ...change }, base)).toBe(expected);
  });

  it('prefers the same day and the same actors', () => {
    expect(matchScore(base, base)).toBeGreaterThan(matchScore(base, { ...base, day: '2020-08-17' }));
    expect(matchScore(base, { ...base, source: 'BLR' })).toBeLessThan(matchScore(base, base));
  });

  it('computes the ±1 day window across month ends', () => {
    expect(dayWindow('2020-03-01')).toEqual(['2020-02-29', '2020-03-02']);
  });

  it.each<[string, Parameters<typeof sourceKey>[0], string | null, string]>([
    ['outlet name, case-folded', { id: 'a', outlet: ' Daily Planet ' }, 'planet.example', 'daily planet'],
    ['host when no outlet', { id: 'a' }, 'planet.example', 'planet.example'],
    ['the article itself as last resort', { id: 'a' }, null, 'article:a'],
  ])('sourceKey: %s', (_name, article, host, expected) => {
    expect(sourceKey(article, host)).toBe(expected);
  });
});
