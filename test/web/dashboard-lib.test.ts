// The dashboard's pure helpers, without a browser: span segmentation, routes, links, projection.
import { describe, expect, it } from 'vitest';
import { type Mark, segments } from '../../src/apps/web/lib/highlight-spans.ts';
import { MAP_HEIGHT, MAP_WIDTH, project, ringsToPath } from '../../src/apps/web/lib/natural-earth.ts';
import { href, parseRoute } from '../../src/apps/web/lib/route.ts';

const cls = (segs: ReturnType<typeof segments>) => segs.map((s) => [s.start, s.end, s.marks.map((m) => m.cls).join('+')]);

describe('highlight segments', () => {
  it.each<[string, number, Mark[], (string | number)[][]]>([
    ['no marks: one plain segment', 5, [], [[0, 5, '']]],
    ['one mark in the middle', 10, [{ start: 2, end: 4, cls: 'a' }], [[0, 2, ''], [2, 4, 'a'], [4, 10, '']]],
    ['nested marks', 10, [{ start: 0, end: 10, cls: 'ev' }, { start: 3, end: 5, cls: 'act' }], [[0, 3, 'ev'], [3, 5, 'ev+act'], [5, 10, 'ev']]],
    ['overlapping marks', 6, [{ start: 0, end: 4, cls: 'a' }, { start: 2, end: 6, cls: 'b' }], [[0, 2, 'a'], [2, 4, 'a+b'], [4, 6, 'b']]],
    ['marks past the end are clipped, empty and reversed ones dropped', 4, [{ start: 2, end: 9, cls: 'a' }, { start: 3, end: 3, cls: 'b' }, { start: 3, end: 1, cls: 'c' }], [[0, 2, ''], [2, 4, 'a']]],
  ])('%s', (_name, length, marks, expected) => {
    expect(cls(segments(length, marks))).toEqual(expected);
  });

  it('segments tile the text exactly', () => {
    const segs = segments(100, [{ start: 10, end: 50, cls: 'a' }, { start: 20, end: 80, cls: 'b' }, { start: 0, end: 5, cls: 'c' }]);
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(100);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
  });
});

describe('hash routes', () => {
  it.each([
    ['', { page: 'events', id: null, params: '' }],
    ['#/events?actor=RUS&from=2020-08-01', { page: 'events', id: null, params: 'actor=RUS&from=2020-08-01' }],
    ['#/event/a1%3Ae0', { page: 'event', id: 'a1:e0', params: '' }],
    ['#/article/x%2Fy?z=1', { page: 'article', id: 'x/y', params: 'z=1' }],
    ['#/event/%E0%A4%A', { page: 'event', id: null, params: '' }],
  ])('%s', (hash, expected) => {
    const r = parseRoute(hash);
    expect({ page: r.page, id: r.id, params: r.params.toString() }).toEqual(expected);
  });

  it('href and parseRoute round-trip ids and filters', () => {
    const link = href('event', { actor: 'RUS GOV', q: 'a&b' }, 'id/with?odd#chars');
    const r = parseRoute(link);
    expect(r).toMatchObject({ page: 'event', id: 'id/with?odd#chars' });
    expect(Object.fromEntries(r.params)).toEqual({ actor: 'RUS GOV', q: 'a&b' });
  });
});

describe('Natural Earth projection', () => {
  it.each([
    [0, 0, [MAP_WIDTH / 2, MAP_HEIGHT / 2]],
  ])('(%d, %d) is the centre', (lon, lat, [x, y]) => {
    expect(project(lon, lat)).toEqual([x, y]);
  });

  it('keeps the whole globe inside the map', () => {
    for (const [lon, lat] of [[-180, 0], [180, 0], [0, 90], [0, -90], [180, 85]]) {
      const [x, y] = project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('breaks a ring that crosses the antimeridian instead of drawing across the map', () => {
    const d = ringsToPath([[[179, 10], [-179, 10], [-179, 12], [179, 12]]]);
    expect(d.match(/M/g)).toHaveLength(3);
  });
});
