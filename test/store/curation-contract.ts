// The CurationQueries part of the Store contract (listArticleIds, unknownActors): every store
// implementation runs it, as it runs store-contract.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/store/store.ts';
import type { ActorRef, CodedArticle } from '../../src/core/types.ts';
import { makeArticle } from './fixtures.ts';

const ref = (text: string, code: string | null): ActorRef => ({ start: 0, end: text.length, text, code, entity: null });

/** An article whose events have the given [source, target] actors (null: no actor at all). */
function article(id: string, actors: [ActorRef | null, ActorRef | null][]): CodedArticle {
  const a = makeArticle(id, actors.map((_, n) => ({ n, evidence: `Sentence ${n} of ${id}.` })));
  return { ...a, events: a.events.map((e, n) => ({ ...e, source: actors[n][0], target: actors[n][1] })) };
}

export function curationContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`${name}: curation queries`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('lists article ids in id order, all or only those saved by another pipeline', async () => {
      await store.saveArticles([article('b', []), article('a', [])], 'p1');
      await store.saveArticle(article('c', []), 'p2');
      expect(await store.listArticleIds()).toEqual(['a', 'b', 'c']);
      expect(await store.listArticleIds({})).toEqual(['a', 'b', 'c']);
      expect(await store.listArticleIds({ pipelineNot: 'p2' })).toEqual(['a', 'b']);
      expect(await store.listArticleIds({ pipelineNot: 'p1' })).toEqual(['c']);
      expect(await store.listArticleIds({ pipelineNot: 'p3' })).toEqual(['a', 'b', 'c']);
      // re-saving with the new pipeline takes an article off the stale list
      await store.saveArticle(article('a', []), 'p2');
      expect(await store.listArticleIds({ pipelineNot: 'p2' })).toEqual(['b']);
    });

    it('counts uncoded source and target texts case-insensitively, most frequent first, with one example', async () => {
      await store.saveArticle(
        article('x1', [
          [ref('gunmen', null), ref('Afghan police', 'AFGCOP')],
          [ref('Russia', 'RUS'), ref('the rebels', null)],
          [null, ref('Gunmen', null)],
        ]),
        'p1',
      );
      await store.saveArticle(
        article('x2', [
          [ref('gunmen', null), null],
          [ref('the rebels', null), ref('troops', null)],
          [ref('Ukraine', 'UKR'), null],
        ]),
        'p1',
      );
      const rows = await store.unknownActors(10);
      expect(rows.map((r) => [r.text.toLowerCase(), r.n])).toEqual([['gunmen', 3], ['the rebels', 2], ['troops', 1]]);
      expect(rows[0]).toEqual({ text: 'gunmen', n: 3, example: 'Sentence 0 of x1.', article_id: 'x1', event_id: 'x1:e0' });
      expect(rows[2]).toMatchObject({ article_id: 'x2', example: 'Sentence 1 of x2.' });
      expect(await store.unknownActors(1)).toHaveLength(1);
    });

    it('lists names kept with code null (issue 4) beside role nouns, with the example of their first event', async () => {
      await store.saveArticle(
        article('n2', [
          [ref('Acme Mining Corp', null), ref('Kenyan government', 'KENGOV')],
          [ref('Kenyan police', 'KENCOP'), ref('Kasimir Volk', null)],
        ]),
        'p1',
      );
      await store.saveArticle(article('n1', [[ref('ACME MINING CORP', null), ref('Uganda', 'UGA')]]), 'p1');
      const rows = await store.unknownActors(10);
      expect(rows.map((r) => [r.text, r.n, r.article_id, r.example])).toEqual([
        ['ACME MINING CORP', 2, 'n1', 'Sentence 0 of n1.'],
        ['Kasimir Volk', 1, 'n2', 'Sentence 1 of n2.'],
      ]);
      expect(rows[1].event_id).toBe('n2:e1');
    });

    it('finds no unknown actors where every actor is coded or absent', async () => {
      await store.saveArticle(article('y', [[ref('Russia', 'RUS'), null], [null, null]]), 'p1');
      expect(await store.unknownActors(5)).toEqual([]);
    });
  });
}
