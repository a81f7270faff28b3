import { describe, expect, it } from 'vitest';
import { setupRich } from './rich-fixture.ts';

describe('api: aggregates', () => {
  it.each([
    ['per day by quad class', 'period=day&by=quad_class&from=2020-08-14&to=2020-08-15', [
      { period: '2020-08-14', key: '1', n: 1, goldstein: 1.9 },
      { period: '2020-08-15', key: '4', n: 1, goldstein: -10 },
    ]],
    ['per week by root (weeks start on Monday)', 'period=week&by=root&country=BLR', [
      { period: '2020-08-10', key: '03', n: 1, goldstein: 1.9 },
      { period: '2020-08-10', key: '19', n: 1, goldstein: -10 },
    ]],
    ['per week, all together, undated first', 'period=week&by=none', [
      { period: null, key: null, n: 1, goldstein: 1.9 },
      { period: '2020-08-10', key: null, n: 2, goldstein: -8.1 },
      { period: '2020-08-17', key: null, n: 3, goldstein: -10.1 },
    ]],
    ['defaults: per day by quad class', 'actor=USA', [{ period: '2020-08-17', key: '3', n: 1, goldstein: -2 }]],
    ['claimed by', 'claimedBy=USA', [{ period: '2020-08-15', key: '4', n: 1, goldstein: -10 }]],
  ])('GET /aggregates/counts %s', async (_name, query, counts) => {
    const { app } = await setupRich();
    const body = await (await app.request(`/api/aggregates/counts?${query}`)).json();
    expect(body.counts).toEqual(counts);
  });

  it('GET /aggregates/goldstein sums and means per period', async () => {
    const { app } = await setupRich();
    const body = await (await app.request('/api/aggregates/goldstein?period=week&from=2020-08-01')).json();
    expect(body).toEqual({
      period: 'week',
      sums: [
        { period: '2020-08-10', n: 2, goldstein: -8.1, mean: -4.05 },
        { period: '2020-08-17', n: 3, goldstein: -10.1, mean: -3.37 },
      ],
    });
  });

  it.each([
    ['whole codes', '', [
      { source: 'RUS', target: 'BLRGOV', n: 2, goldstein: 3.8 },
      { source: 'BLRCOP', target: 'BLRCVL', n: 1, goldstein: -10 },
    ]],
    ['country level', '&codeLength=3', [
      { source: 'RUS', target: 'BLR', n: 2, goldstein: 3.8 },
      { source: 'BLR', target: 'BLR', n: 1, goldstein: -10 },
    ]],
  ])('GET /aggregates/dyads, %s', async (_name, extra, dyads) => {
    const { app } = await setupRich();
    const body = await (await app.request(`/api/aggregates/dyads?limit=2${extra}`)).json();
    expect(body.dyads).toEqual(dyads);
  });

  it('GET /aggregates/places counts located events per place', async () => {
    const { app } = await setupRich();
    const body = await (await app.request('/api/aggregates/places?root=19')).json();
    expect(body.places).toEqual([
      { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, n: 1, goldstein: -10 },
      { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, n: 1, goldstein: -10 },
    ]);
  });

  it.each([
    ['too many places', '/api/aggregates/places?limit=5001', 'limit'],
    ['a month period', '/api/aggregates/counts?period=month', 'period'],
    ['grouping by actor', '/api/aggregates/counts?by=actor', 'by'],
    ['a bad filter', '/api/aggregates/counts?quadClass=5', 'quadClass'],
    ['goldstein grouped', '/api/aggregates/goldstein?by=root', ''],
    ['a code length of 2', '/api/aggregates/dyads?codeLength=2', 'codeLength'],
    ['too many dyads', '/api/aggregates/dyads?limit=501', 'limit'],
    ['a negative limit', '/api/aggregates/dyads?limit=-1', 'limit'],
    ['a daily filter', '/api/aggregates/daily?bbox=x', 'bbox'],
  ])('400 for %s', async (_name, path, field) => {
    const { app } = await setupRich();
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('E_BAD_REQUEST');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });
});
