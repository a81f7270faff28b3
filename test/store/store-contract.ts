// The Store contract: every implementation (SQLite now, PostgreSQL later) runs this same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventFilter, Store, StoredEvent } from '../../src/adapters/store/store.ts';
import { DyadError } from '../../src/core/errors.ts';
import { makeArticle } from './fixtures.ts';

export function storeContract(name: string, open: () => Store | Promise<Store>): void {
  describe(name, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    /** Four articles, eleven events spread over dates, actors, codes and modalities. */
    it('saves a batch in one go and counts only new articles', async () => {
      const batch = ['b1', 'b2', 'b3'].map((id) => makeArticle(id, [{ n: 0, date: '2021-01-01', cameo: '173', evidence: `Police detained ${id}.` }]));
      expect(await store.saveArticles(batch, 'p1')).toEqual({ inserted: 3 });
      expect(await store.saveArticles(batch, 'p1')).toEqual({ inserted: 0 });
      expect(await store.stats()).toEqual({ articles: 3, events: 3 });
    });

    async function seed(): Promise<void> {
      await store.saveArticle(
        makeArticle('a1', [
          { n: 0, date: '2020-08-14', cameo: '0332', evidence: 'Russia offered military assistance to Belarus.' },
          { n: 1, date: '2020-08-15', source: 'BLRCOP', target: 'BLRCVL', cameo: '1724', evidence: 'Riot police detained protesters in Minsk.' },
          { n: 2, date: '2020-08-16', source: 'USAGOV', target: 'BLRGOV', cameo: '111', modality: 'reported', evidence: 'Washington criticised the election.' },
        ]),
        'p1',
      );
      await store.saveArticle(
        makeArticle('a2', [
          { n: 0, date: '2020-08-16', source: 'IGOEUREEC', target: 'BLRGOV', cameo: '163', evidence: 'The EU imposed sanctions on Minsk.' },
          { n: 1, date: null, source: null, target: 'UKRMIL', cameo: '190', evidence: 'Unknown gunmen attacked Ukrainian troops.' },
          { n: 2, date: '2020-08-20', source: 'RUSMIL', target: 'UKR', cameo: '1951', modality: 'threatened', evidence: 'Russian forces threatened airstrikes near Kharkiv.' },
        ]),
        'p1',
      );
      await store.saveArticle(
        makeArticle('a3', [
          { n: 0, date: '2020-09-01', source: 'BLRGOV', target: 'RUS', cameo: '042', evidence: 'Lukashenko visited Sochi.' },
          { n: 1, date: '2020-09-02', source: 'RUSGOV', target: 'BLRGOV', cameo: '0331', modality: 'intended', evidence: 'Moscow pledged a loan to Minsk.' },
        ]),
        'p1',
      );
      await store.saveArticle(
        makeArticle('a4', [
          { n: 0, date: '2020-09-03', source: 'FRAGOV', target: 'BLRGOV', cameo: '1121', evidence: 'Paris accused Minsk of rigging the vote; naïve café owners protested.' },
          { n: 1, date: '2020-09-03', source: 'BLRCVL', target: 'BLRGOV', cameo: '141', evidence: 'Thousands rallied in Minsk.' },
          { n: 2, date: '2020-09-04', source: 'RUS', target: 'USA', cameo: '010', evidence: "Robert'); DROP TABLE events;-- said nothing." },
        ]),
        'p1',
      );
    }

    const ids = (events: StoredEvent[]) => events.map((e) => e.id).sort();

    describe('round trip', () => {
      it('returns the article with every layer as saved', async () => {
        const article = makeArticle('rt', [{ n: 0, location: { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, precision: 'city' } }, { n: 1 }]);
        expect(await store.saveArticle(article, 'p1')).toEqual({ inserted: true });
        expect(await store.hasArticle('rt')).toBe(true);
        expect(await store.hasArticle('nope')).toBe(false);
        expect(await store.getArticle('rt')).toEqual(article);
        expect(await store.getArticle('nope')).toBeNull();
      });

      it('getEvent returns every field plus the article id and url', async () => {
        const article = makeArticle('ge', [{ n: 0, cameo: '0211' }]);
        await store.saveArticle(article, 'p1');
        const got = await store.getEvent('ge:e0');
        expect(got).toEqual({
          ...article.events[0], article_id: 'ge', article_url: 'https://example.org/ge',
          cluster_id: 'ge:e0', num_mentions: 1, num_sources: 1, num_articles: 1,
        });
        expect(got?.cameo).toBe('0211');
        expect(await store.getEvent('missing')).toBeNull();
      });

      it('re-saving the same article is idempotent: same ids, same counts, same rows', async () => {
        const article = makeArticle('idem', [{ n: 0 }, { n: 1 }, { n: 2, evidence: 'Troops crossed the border.' }]);
        await store.saveArticle(article, 'p1');
        const before = await store.queryEvents({});
        expect(await store.saveArticle(article, 'p1')).toEqual({ inserted: false });
        expect(await store.saveArticle(article, 'p1')).toEqual({ inserted: false });
        expect(await store.stats()).toEqual({ articles: 1, events: 3 });
        expect(await store.queryEvents({})).toEqual(before);
        expect(await store.getArticle('idem')).toEqual(article);
        // the FTS index does not keep stale or duplicate rows either
        expect(ids((await store.queryEvents({ q: 'border' })).events)).toEqual(['idem:e2']);
      });

      it('re-saving with fewer events replaces them (no orphans in the index)', async () => {
        await store.saveArticle(makeArticle('sh', [{ n: 0, evidence: 'alpha' }, { n: 1, evidence: 'bravo' }]), 'p1');
        await store.saveArticle(makeArticle('sh', [{ n: 1, evidence: 'charlie' }], { mentions: [] }), 'p2');
        expect(await store.stats()).toEqual({ articles: 1, events: 1 });
        expect((await store.queryEvents({ q: 'alpha' })).events).toEqual([]);
        expect((await store.queryEvents({ q: 'bravo' })).events).toEqual([]);
        expect(ids((await store.queryEvents({ q: 'charlie' })).events)).toEqual(['sh:e1']);
        expect((await store.getArticle('sh'))?.mentions).toEqual([]);
      });
    });

    describe('filters', () => {
      beforeEach(seed);

      it.each<[string, EventFilter, string[]]>([
        ['no filter', {}, ['a1:e0', 'a1:e1', 'a1:e2', 'a2:e0', 'a2:e1', 'a2:e2', 'a3:e0', 'a3:e1', 'a4:e0', 'a4:e1', 'a4:e2']],
        ['date range, inclusive', { from: '2020-08-15', to: '2020-08-16' }, ['a1:e1', 'a1:e2', 'a2:e0']],
        ['from only drops undated', { from: '2020-09-03' }, ['a4:e0', 'a4:e1', 'a4:e2']],
        ['to only drops undated', { to: '2020-08-14' }, ['a1:e0']],
        ['actor prefix, source or target', { actor: 'UKR' }, ['a2:e1', 'a2:e2']],
        ['actor prefix is a prefix', { actor: 'BLRC' }, ['a1:e1', 'a4:e1']],
        ['actor prefix is case-sensitive', { actor: 'ukr' }, []],
        ['source prefix', { source: 'RUS' }, ['a1:e0', 'a2:e2', 'a3:e1', 'a4:e2']],
        ['target exact-looking prefix', { target: 'RUS' }, ['a3:e0']],
        ['IGO actor', { actor: 'IGOEUR' }, ['a2:e0']],
        ['cameo root', { cameo: '19' }, ['a2:e1', 'a2:e2']],
        ['cameo exact code', { cameo: '0332' }, ['a1:e0']],
        ['cameo root keeps leading zero', { cameo: '03' }, ['a1:e0', 'a3:e1']],
        ['quad class', { quadClass: 4 }, ['a1:e1', 'a2:e0', 'a2:e1', 'a2:e2']],
        ['modality', { modality: 'threatened' }, ['a2:e2']],
        ['full text', { q: 'Minsk' }, ['a1:e1', 'a2:e0', 'a3:e1', 'a4:e0', 'a4:e1']],
        ['full text, words ANDed', { q: 'minsk sanctions' }, ['a2:e0']],
        ['full text, prefix', { q: 'airstr*' }, ['a2:e2']],
        ['full text, diacritics folded', { q: 'naive cafe' }, ['a4:e0']],
        ['full text, punctuation only', { q: '"()*' }, []],
        ['combined', { actor: 'BLR', cameo: '1', from: '2020-09-01' }, ['a4:e0', 'a4:e1']],
      ])('%s', async (_name, filter, expected) => {
        expect(ids((await store.queryEvents(filter)).events)).toEqual(expected);
      });

      it.each<[string, EventFilter]>([
        ['quote in actor', { actor: "RUS' OR '1'='1" }],
        ['drop table in source', { source: 'RUS; DROP TABLE events;--' }],
        ['comment in cameo', { cameo: "19' --" }],
        ['union in date', { from: "2020' UNION SELECT * FROM articles --" }],
        ['FTS operators', { q: 'Minsk OR NOT NEAR(x y) col:evidence "unbalanced' }],
        ['SQL in full text', { q: "'); DROP TABLE events;--" }],
      ])('SQL-looking filter values are harmless: %s', async (_name, filter) => {
        await expect(store.queryEvents(filter)).resolves.toBeDefined();
        await expect(store.countByDay(filter)).resolves.toBeDefined();
        expect(await store.stats()).toEqual({ articles: 4, events: 11 });
      });

      it('finds the SQL-looking evidence as plain text', async () => {
        expect(ids((await store.queryEvents({ q: 'DROP TABLE' })).events)).toEqual(['a4:e2']);
      });

      it('counts by day and quad class', async () => {
        const rows = await store.countByDay({ to: '2020-08-16' });
        expect(rows).toEqual([
          { day: '2020-08-14', quad_class: 1, n: 1 },
          { day: '2020-08-15', quad_class: 4, n: 1 },
          { day: '2020-08-16', quad_class: 3, n: 1 },
          { day: '2020-08-16', quad_class: 4, n: 1 },
        ]);
        const all = await store.countByDay({});
        expect(all[0]).toEqual({ day: null, quad_class: 4, n: 1 });
        expect(all.reduce((s, r) => s + r.n, 0)).toBe(11);
      });
    });

    describe('pagination', () => {
      beforeEach(seed);

      it.each([1, 2, 3, 5, 11, 50])('cursor pages of %i cover every event exactly once, in order', async (limit) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.queryEvents({ limit, cursor });
          expect(page.events.length).toBeLessThanOrEqual(limit);
          seen.push(...page.events.map((e) => e.id));
          cursor = page.nextCursor ?? undefined;
          pages++;
        } while (cursor && pages < 100);
        expect(seen).toHaveLength(11);
        expect(new Set(seen).size).toBe(11);
        expect(seen).toEqual((await store.queryEvents({ limit: 1000 })).events.map((e) => e.id));
        expect(pages).toBe(Math.ceil(11 / limit));
      });

      it('paginates within a filter', async () => {
        const first = await store.queryEvents({ actor: 'BLR', limit: 2 });
        const second = await store.queryEvents({ actor: 'BLR', limit: 100, cursor: first.nextCursor ?? undefined });
        const all = await store.queryEvents({ actor: 'BLR' });
        expect([...first.events, ...second.events]).toEqual(all.events);
        expect(second.nextCursor).toBeNull();
      });

      it('orders undated events first, then by date', async () => {
        const days = (await store.queryEvents({})).events.map((e) => e.date);
        expect(days[0]).toBeNull();
        expect(days.slice(1)).toEqual([...days.slice(1)].sort());
      });

      it('clamps the limit', async () => {
        expect((await store.queryEvents({ limit: 0 })).events).toHaveLength(1);
        expect((await store.queryEvents({ limit: 5000 })).events).toHaveLength(11);
      });

      it.each(['garbage', 'W10=', Buffer.from('{"a":1}').toString('base64url')])('rejects a bad cursor %s', async (cursor) => {
        await expect(store.queryEvents({ cursor })).rejects.toThrow(DyadError);
      });

      it('iterateEvents streams every matching event', async () => {
        const out: string[] = [];
        for await (const e of store.iterateEvents({ actor: 'RUS' })) out.push(e.id);
        expect(out).toEqual((await store.queryEvents({ actor: 'RUS' })).events.map((e) => e.id));
        expect(out).toHaveLength(5);
      });
    });
  });
}
