// The AnalyticsQueries part of the Store contract (per-period counts, dyads, actors, article list)
// and the filters on location and claims: every store implementation runs it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventFilter, Store } from '../../src/adapters/store/store.ts';
import { analyticsArticles } from './analytics-fixture.ts';

export function analyticsContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`${name}: analytics queries`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.saveArticles(analyticsArticles(), 'p1');
    });
    afterEach(async () => {
      await store.close();
    });

    it.each<[string, EventFilter, string[]]>([
      ['country', { country: 'BLR' }, ['r1:e0', 'r1:e1']],
      ['place, any case', { place: 'mInSk' }, ['r1:e0', 'r1:e1']],
      ['claimed-by prefix', { claimedBy: 'UKR' }, ['r2:e0']],
      ['root', { root: '04' }, ['r2:e2', 'r2:e1']],
      ['bbox', { bbox: [20, 45, 40, 60] }, ['r1:e0', 'r1:e1', 'r2:e0']],
      ['bbox across the antimeridian', { bbox: [170, -30, -170, 0] }, ['r2:e1']],
      ['bbox and country', { bbox: [20, 45, 40, 60], country: 'UKR' }, ['r2:e0']],
    ])('filters by %s', async (_name, filter, ids) => {
      expect((await store.queryEvents(filter)).events.map((e) => e.id)).toEqual(ids);
      const exported: string[] = [];
      for await (const e of store.iterateEvents(filter)) exported.push(e.id);
      expect(exported).toEqual(ids);
    });

    it('counts per ISO week (Monday) by quad class, with Goldstein sums', async () => {
      expect(await store.countByPeriod({ from: '2020-08-01' }, { period: 'week', by: 'quad_class' })).toEqual([
        { period: '2020-08-10', key: '1', n: 1, goldstein: 1.9 },
        { period: '2020-08-10', key: '4', n: 1, goldstein: -10 },
        { period: '2020-08-17', key: '1', n: 1, goldstein: 1.9 },
        { period: '2020-08-17', key: '3', n: 1, goldstein: -2 },
        { period: '2020-08-17', key: '4', n: 1, goldstein: -10 },
      ]);
    });

    it('counts per day by root; undated events have a null period', async () => {
      const rows = await store.countByPeriod({ actor: 'RUS' }, { period: 'day', by: 'root' });
      expect(rows[0]).toEqual({ period: null, key: '04', n: 1, goldstein: 1.9 });
      expect(rows).toHaveLength(4);
    });

    it('top dyads, whole codes and cut to the country', async () => {
      expect(await store.topDyads({}, { limit: 1 })).toEqual([{ source: 'RUS', target: 'BLRGOV', n: 2, goldstein: 3.8 }]);
      expect(await store.topDyads({ actor: 'BLRC' }, { codeLength: 3 })).toEqual([{ source: 'BLR', target: 'BLR', n: 1, goldstein: -10 }]);
    });

    it('lists actors with both sides counted, and one actor with its names', async () => {
      const actors = await store.listActors({}, { prefix: 'RUS' });
      expect(actors).toEqual([
        { code: 'RUS', asSource: 2, asTarget: 1, n: 3 },
        { code: 'RUSMIL', asSource: 1, asTarget: 0, n: 1 },
      ]);
      expect(await store.getActor('BLRGOV')).toMatchObject({ asSource: 0, asTarget: 2, names: [{ text: 'Alexander Lukashenko', n: 2 }] });
      expect(await store.getActor('NOPE')).toBeNull();
    });

    it('counts events per located place, most frequent first', async () => {
      expect(await store.countByPlace({ from: '2020-08-01', to: '2020-08-17' })).toEqual([
        { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, n: 2, goldstein: -8.1 },
        { name: 'Washington', country: 'USA', lat: 38.9, lon: -77.04, n: 1, goldstein: -2 },
      ]);
      expect(await store.countByPlace({}, 1)).toHaveLength(1);
    });

    it('lists article summaries page by page', async () => {
      const first = await store.listArticles({ limit: 1 });
      expect(first.articles).toEqual([{ id: 'r1', published: '2020-08-16', title: 'Title r1', url: 'https://example.org/r1', outlet: 'Example News', events: 3 }]);
      const rest = await store.listArticles({ limit: 1, cursor: first.nextCursor ?? undefined });
      expect(rest.articles.map((a) => a.id)).toEqual(['r2']);
      expect(rest.nextCursor).toBeNull();
    });
  });
}
