// The ingest side of the Store contract (dedup, copies, clusters, journal, feed state): every
// implementation runs it, SQLite always and PostgreSQL when a test database is configured.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestItem } from '../../src/adapters/store/ingest-types.ts';
import type { Store } from '../../src/adapters/store/store.ts';
import type { CodedArticle } from '../../src/core/types.ts';
import { fingerprint } from '../../src/ingest/fingerprint.ts';
import { type EventSpec, makeArticle } from './fixtures.ts';

const WIRE = [
  'Police in Minsk detained dozens of protesters on Sunday as tens of thousands of people marched through the capital to demand the resignation of the president, witnesses said.',
  'Riot police blocked the main avenue leading to Independence Square and detained at least 80 people near the war memorial, a human rights group said.',
  'The interior ministry did not comment on the arrests. The opposition leader urged supporters to keep their protests peaceful.',
].join('\n\n');

interface ItemSpec {
  id: string;
  text?: string;
  url?: string | null;
  outlet?: string;
  published?: string;
  events?: EventSpec[];
  coded?: boolean;
}

function item(s: ItemSpec): IngestItem {
  const text = s.text ?? `Unique text of ${s.id}: ${s.id.repeat(3)} reported something entirely different about ${s.id}.`;
  const url = s.url === undefined ? `https://news.example/${s.id}` : s.url;
  const article: CodedArticle = makeArticle(s.id, s.events ?? [{ n: 0 }], { text, url: url ?? undefined, outlet: s.outlet ?? 'Example News', published: s.published ?? '2020-08-16' });
  return {
    meta: { id: s.id, url, outlet: s.outlet ?? 'Example News', title: null, published: s.published ?? '2020-08-16' },
    fingerprint: fingerprint(text, url),
    ...(s.coded === false ? {} : { article }),
  };
}

const BLR = { source: 'BLRCOP', target: 'BLRCVL', cameo: '173', date: '2020-08-16' } as const;
const MINSK = { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, precision: 'city' as const };

export function ingestContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`${name}: ingest`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const statuses = async (items: IngestItem[], marks?: { source: string; position: number }[]) => (await store.ingest(items, 'p1', marks)).map((o) => `${o.id}:${o.status}${o.of ? `→${o.of}` : ''}${o.kind ? `(${o.kind})` : ''}`);

    describe('dedup', () => {
      it('inserts new texts, re-saves a known id, skips a known URL, merges exact and near copies', async () => {
        expect(await statuses([item({ id: 'w1', text: WIRE, outlet: 'Planet' }), item({ id: 'o1' })])).toEqual(['w1:new', 'o1:new']);
        expect(
          await statuses([
            item({ id: 'w1', text: WIRE, outlet: 'Planet' }),
            item({ id: 'w1-again', text: 'something else entirely, long enough to have shingles of its own in the index', url: 'https://news.example/w1?utm_source=x' }),
            item({ id: 'w2', text: WIRE.toUpperCase(), url: 'https://courier.example/w', outlet: 'Courier', coded: false }),
            item({ id: 'w3', text: `MINSK (Wire) - ${WIRE}\n\nSign up for our newsletter to get the top stories every morning.`, url: 'https://star.example/w', outlet: 'Star' }),
          ]),
        ).toEqual(['w1:updated', 'w1-again:seen→w1(url)', 'w2:copy→w1(hash)', 'w3:copy→w1(near)']);
        // both fixture events are RUS → BLRGOV 042 on one day: one cluster
        expect(await store.ingestStats()).toEqual({ articles: 2, copies: 2, events: 2, clusters: 1 });
        // a copy id seen again is 'seen', not a second copy
        expect(await statuses([item({ id: 'w2', text: WIRE, url: 'https://courier.example/w', coded: false })])).toEqual(['w2:seen→w1(id)']);
      });

      it('finds duplicates before coding: by id, canonical URL, content hash and near text', async () => {
        await store.ingest([item({ id: 'w1', text: WIRE }), item({ id: 'c1', text: 'Copy desk story, w1 copy, long enough for shingles: one two three four five six seven eight nine ten eleven twelve thirteen.', coded: true })], 'p1');
        await store.ingest([item({ id: 'c2', text: WIRE, url: 'https://copy.example/x' })], 'p1');
        const probe = (id: string, text: string, url: string | null) => ({ id, fingerprint: fingerprint(text, url) });
        const hits = await store.findDuplicates([
          probe('w1', 'whatever', null),
          probe('c2', 'whatever', null),
          probe('new1', 'whatever text here', 'https://www.news.example/w1/?fbclid=1'),
          probe('new2', WIRE.replace(/\n/g, ' '), null),
          probe('new3', `${WIRE}\n\nRead more: five charts that explain it all.`, null),
          probe('new4', 'A story about something else, with no words in common with the other one at all, none.', null),
        ]);
        expect(hits).toEqual([
          { kind: 'id', of: 'w1', similarity: 1 },
          { kind: 'id', of: 'w1', similarity: 1 },
          { kind: 'url', of: 'w1', similarity: 1 },
          { kind: 'hash', of: 'w1', similarity: 1 },
          { kind: 'near', of: 'w1', similarity: expect.any(Number) },
          null,
        ]);
      });

      it('deduplicates within one batch', async () => {
        expect(await statuses([item({ id: 'a', text: WIRE, url: 'https://a.example/1' }), item({ id: 'b', text: WIRE, url: 'https://b.example/1', coded: false })])).toEqual(['a:new', 'b:copy→a(hash)']);
      });

      it('is atomic: a failing batch writes nothing, not even its journal mark', async () => {
        const bad = { ...item({ id: 'lonely' }), article: undefined };
        await expect(store.ingest([item({ id: 'ok1' }), bad], 'p1', [{ source: 'file:x', position: 2 }])).rejects.toThrow();
        expect(await store.ingestStats()).toEqual({ articles: 0, copies: 0, events: 0, clusters: 0 });
        expect(await store.journalPosition('file:x')).toBe(0);
      });
    });

    describe('journal', () => {
      it('records marks with the batch and never moves back', async () => {
        expect(await store.journalPosition('file:a')).toBe(0);
        await store.ingest([item({ id: 'j1' })], 'p1', [{ source: 'file:a', position: 1 }, { source: 'file:b', position: 7 }]);
        await store.ingest([], 'p1', [{ source: 'file:a', position: 5 }]);
        await store.ingest([], 'p1', [{ source: 'file:a', position: 3 }]);
        expect(await store.journalPosition('file:a')).toBe(5);
        expect(await store.journalPosition('file:b')).toBe(7);
      });

      it('forgets a source once it is complete', async () => {
        await store.ingest([], 'p1', [{ source: 'file:c', position: 4 }]);
        await store.ingest([], 'p1', [{ source: 'file:c', position: 9, complete: true }]);
        expect(await store.journalPosition('file:c')).toBe(0);
      });
    });

    describe('clusters', () => {
      it('merges one event reported by three outlets, with counts, reports and first reporter', async () => {
        await store.ingest(
          [
            item({ id: 'r2', outlet: 'Courier', published: '2020-08-16T15:00:00Z', events: [{ n: 0, ...BLR, cameo: '1724', location: MINSK }] }),
            item({ id: 'r1', outlet: 'Planet', published: '2020-08-16T09:00:00Z', events: [{ n: 0, ...BLR, location: MINSK }, { n: 1, source: 'IGOEUREEC', target: 'BLRGOV', cameo: '163' }] }),
            item({ id: 'r3', outlet: 'Star', published: '2020-08-17T08:00:00Z', events: [{ n: 0, ...BLR, source: 'BLR', date: '2020-08-17' }] }),
          ],
          'p1',
        );
        const e = await store.getEvent('r3:e0');
        expect(e).toMatchObject({ cluster_id: 'r2:e0', num_mentions: 3, num_articles: 3, num_sources: 3 });
        const c = await store.getCluster('r2:e0');
        expect(c).toMatchObject({ id: 'r2:e0', root: '17', day: '2020-08-16', num_mentions: 3, num_articles: 3, num_sources: 3 });
        expect(c?.first_reporter).toMatchObject({ article_id: 'r1', outlet: 'Planet', copy_of: null });
        expect(c?.reports.map((r) => r.event_id)).toEqual(['r1:e0', 'r2:e0', 'r3:e0']);
        expect(c?.articles.map((a) => a.article_id)).toEqual(['r1', 'r2', 'r3']);
        expect((await store.getEvent('r1:e1'))?.cluster_id).toBe('r1:e1');
        expect(await store.getCluster('nope')).toBeNull();
      });

      it.each<[string, EventSpec, boolean]>([
        ['same event a day later', { n: 0, ...BLR, date: '2020-08-17' }, true],
        ['a country code that refines the actor', { n: 0, ...BLR, target: 'BLR' }, true],
        ['an unknown target with a matching source', { n: 0, ...BLR, target: null }, true],
        ['two days later', { n: 0, ...BLR, date: '2020-08-18' }, false],
        ['another root', { n: 0, ...BLR, cameo: '190' }, false],
        ['another country', { n: 0, ...BLR, source: 'UKRCOP', target: 'UKRCVL' }, false],
        ['another city far away', { n: 0, ...BLR, location: { name: 'Brest', country: 'BLR', lat: 52.1, lon: 23.7, precision: 'city' } }, false],
        ['no date', { n: 0, ...BLR, date: null }, false],
        ['no actors at all', { n: 0, ...BLR, source: null, target: null }, false],
      ])('%s: joins the cluster = %s', async (_name, spec, joins) => {
        await store.ingest([item({ id: 'base', events: [{ n: 0, ...BLR, location: MINSK }] }), item({ id: 'other', events: [spec] })], 'p1');
        expect((await store.getEvent('other:e0'))?.cluster_id).toBe(joins ? 'base:e0' : 'other:e0');
      });

      it('counts copies as articles and mentions but not as independent sources', async () => {
        await store.ingest([item({ id: 'w1', text: WIRE, outlet: 'Planet', events: [{ n: 0, ...BLR }, { n: 1, ...BLR }] }), item({ id: 'r9', outlet: 'Star', events: [{ n: 0, ...BLR }] })], 'p1');
        await store.ingest([item({ id: 'w2', text: WIRE, url: 'https://c.example/w', outlet: 'Courier', coded: false }), item({ id: 'w3', text: WIRE, url: 'https://d.example/w', outlet: 'Daily', coded: false })], 'p1');
        const c = await store.getCluster('w1:e0');
        // w1's two mentions in 3 articles + r9's one mention
        expect(c).toMatchObject({ num_mentions: 7, num_articles: 4, num_sources: 2 });
        expect(c?.articles.filter((a) => a.copy_of === 'w1').map((a) => a.outlet).sort()).toEqual(['Courier', 'Daily']);
      });

      it('recounts when an article is saved again with fewer events, and drops empty clusters', async () => {
        await store.ingest([item({ id: 'x1', events: [{ n: 0, ...BLR }] }), item({ id: 'x2', events: [{ n: 0, ...BLR }] })], 'p1');
        expect((await store.getCluster('x1:e0'))?.num_articles).toBe(2);
        await store.saveArticle(makeArticle('x2', [{ n: 5, cameo: '042' }]), 'p2');
        expect((await store.getCluster('x1:e0'))?.num_articles).toBe(1);
        await store.saveArticle(makeArticle('x1', [{ n: 6, cameo: '042', date: '2021-01-01' }]), 'p2');
        expect(await store.getCluster('x1:e0')).toBeNull();
      });

      it('clusters articles saved through saveArticles too', async () => {
        await store.saveArticles([makeArticle('s1', [{ n: 0, ...BLR }]), makeArticle('s2', [{ n: 0, ...BLR }])], 'p1');
        expect(await store.getEvent('s2:e0')).toMatchObject({ cluster_id: 's1:e0', num_articles: 2 });
      });
    });

    describe('feed state', () => {
      it('round-trips and updates', async () => {
        expect(await store.getFeedState('https://f.example/rss')).toBeNull();
        const s = { url: 'https://f.example/rss', etag: '"abc"', lastModified: 'Sun, 16 Aug 2020 10:00:00 GMT', checkedAt: '2020-08-16T10:00:00.000Z', failures: 0, nextAt: '2020-08-16T10:05:00.000Z' };
        await store.setFeedState(s);
        expect(await store.getFeedState(s.url)).toEqual(s);
        await store.setFeedState({ ...s, etag: null, failures: 3 });
        expect(await store.getFeedState(s.url)).toEqual({ ...s, etag: null, failures: 3 });
      });
    });
  });
}
