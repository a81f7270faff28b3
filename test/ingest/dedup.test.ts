// Article dedup end to end: a wire story republished by three outlets under different boilerplate
// (served by a local server, reached through tracking and redirect URLs) is one text with three
// reports; the exact same text from a fourth outlet is a copy by hash; a link seen before is skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/adapters/fetch/safe-fetch.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/adapters/store/store.ts';
import { inProcessPool } from '../../src/apps/ingest/code-pool.ts';
import { readSources } from '../../src/apps/ingest/read-sources.ts';
import { runIngest } from '../../src/apps/ingest/run-ingest.ts';
import { isKnownUrl } from '../../src/apps/ingest/is-known-url.ts';
import { testCoder } from '../helpers/coder.ts';
import { type FixtureServer, startFixtureServer } from '../sources/fixture-server.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const html = (name: string) => ({ type: 'text/html; charset=utf-8', body: readFileSync(join(FIX, name), 'utf8') });

describe('article dedup', () => {
  let server: FixtureServer;
  let store: Store;
  beforeAll(async () => {
    server = await startFixtureServer(
      {
        '/planet/minsk-protests': html('wire-daily-planet.html'),
        '/courier/2020/08/16/belarus-police': html('wire-morning-courier.html'),
        '/star/world/minsk-crowds': html('wire-evening-star.html'),
        '/planet/eu-sanctions': html('other-story.html'),
      },
      50,
    );
    store = openSqliteStore(':memory:');
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const ingest = async (args: string[], stdin?: string) => {
    const fetcher = createSafeFetcher({ allowOrigins: [server.origin] });
    const known = (url: string) => isKnownUrl(store, url);
    return runIngest(readSources(args, { fetcher, known, stdin: stdin === undefined ? undefined : () => stdin }), { store, pool: inProcessPool(testCoder()) });
  };

  it('stores a wire story republished with different boilerplate once, with every outlet as a report', async () => {
    const r = await ingest([
      server.url('/planet/minsk-protests?utm_source=twitter&utm_medium=social'),
      server.url('/courier/2020/08/16/belarus-police?ref=homepage'),
      server.url('/star/world/minsk-crowds#top'),
      server.url('/planet/eu-sanctions'),
    ]);
    expect(r).toMatchObject({ bad: 0, new: 2, copies: 2, seen: 0 });
    expect(await store.ingestStats()).toMatchObject({ articles: 2, copies: 2 });

    // the wire text's events carry all three outlets: 3 articles, 1 independent source (they share text)
    const events = (await store.queryEvents({ limit: 1000 })).events;
    const wire = events.filter((e) => e.evidence.text.includes('detained dozens of protesters'));
    expect(wire.length).toBeGreaterThan(0);
    for (const e of wire) expect(e).toMatchObject({ num_articles: 3, num_sources: 1 });
    const cluster = await store.getCluster(wire[0].cluster_id!);
    expect(cluster?.articles.map((a) => a.outlet)).toEqual(['Daily Planet', 'Morning Courier', 'Evening Star']);
    expect(cluster?.first_reporter).toMatchObject({ outlet: 'Daily Planet', copy_of: null });
    expect(cluster?.articles.filter((a) => a.copy_of !== null)).toHaveLength(2);
  });

  it('records the exact same text from another outlet as a copy by content hash, without coding it', async () => {
    const text = (await store.queryEvents({ limit: 1 })).events[0];
    const article = await store.getArticle(text.article_id);
    const line = JSON.stringify({ text: article!.text, outlet: 'Fourth Paper', published: '2020-08-17' });
    const r = await ingest(['-'], line);
    expect(r).toMatchObject({ new: 0, copies: 1 });
    expect(await store.ingestStats()).toMatchObject({ articles: 2, copies: 3 });
  });

  it('skips a link already stored, whatever tracking, AMP or redirect form it comes in', async () => {
    const r = await ingest([server.url('/planet/minsk-protests/amp?utm_campaign=later&fbclid=zzz')]);
    expect(r).toMatchObject({ new: 0, copies: 0, seen: 1 });
  });

  it('changes nothing when everything is ingested again', async () => {
    const before = await store.ingestStats();
    const r = await ingest([server.url('/planet/minsk-protests'), server.url('/courier/2020/08/16/belarus-police'), server.url('/star/world/minsk-crowds')]);
    expect(r).toMatchObject({ new: 0, copies: 0, seen: 3 });
    expect(await store.ingestStats()).toEqual(before);
  });
});
