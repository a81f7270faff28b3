// `dyad watch` in queue mode: with DYAD_DATABASE_URL and DYAD_REDIS_URL it fetches feeds and their
// new items but codes nothing itself; the batches go to BullMQ and `dyad worker` stores them. The
// first test needs no services; the second needs DYAD_TEST_DATABASE_URL and DYAD_TEST_REDIS_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/adapters/fetch/safe-fetch.ts';
import { openPgStore } from '../../src/adapters/store/pg-store.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import type { BatchEntry } from '../../src/apps/ingest/run-ingest.ts';
import { pollFeeds } from '../../src/apps/ingest/watch-feeds.ts';
import { noteSkipped, PG_URL, REDIS_URL } from '../store/pg-database.ts';
import { type FixtureServer, startFixtureServer } from '../sources/fixture-server.ts';

const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
const PAGES: Record<string, string> = {
  '/q/expel': page('Lithuania expels diplomat', 'Lithuania expelled a Russian diplomat on Thursday, the foreign ministry in Vilnius said.'),
  '/q/summon': page('Estonia summons envoy', 'Estonia summoned the Russian ambassador on Friday to protest against an airspace violation.'),
  '/q/recall': page('Latvia recalls ambassador', 'Latvia recalled its ambassador from Moscow on Tuesday after a detention.'),
};

let server: FixtureServer;
const children: ChildProcess[] = [];
beforeAll(async () => {
  server = await startFixtureServer(
    {
      ...Object.fromEntries(Object.entries(PAGES).map(([p, body]) => [p, { type: 'text/html', body }])),
      '/feed': (_req, res) => {
        const xml = `<rss version="2.0"><channel><title>Queue Wire</title>${Object.keys(PAGES)
          .map((p) => `<item><title>${p}</title><link>http://127.0.0.1:${server.port}${p}</link><description>short</description></item>`)
          .join('')}</channel></rss>`;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
      },
    },
    200,
  );
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await server.close();
});

describe('dyad watch through the queue', () => {
  it('hands new items to dispatch and codes nothing itself', async () => {
    const store = openSqliteStore(':memory:');
    const sent: BatchEntry[][] = [];
    const coding = { fingerprint: 'none', code: async () => expect.fail('watch must not code in queue mode'), close: async () => {} };
    const [poll] = await pollFeeds([server.url('/feed')], {
      store,
      pool: coding,
      fetcher: createSafeFetcher({ allowOrigins: [server.origin] }),
      intervalS: 300,
      dispatch: async (entries) => void sent.push([...entries]),
    });
    expect(poll).toMatchObject({ status: 'polled', queued: 3 });
    expect(sent.flat().map((e) => (e.ok ? e.input.url : e.error))).toEqual(Object.keys(PAGES).map((p) => server.url(p)));
    expect(sent.flat().every((e) => e.ok && e.input.text.length > 20)).toBe(true);
    expect((await store.stats()).articles).toBe(0);
    // the feed state is kept as in direct mode
    expect(await store.getFeedState(server.url('/feed'))).toMatchObject({ failures: 0 });
    await store.close();
  });

  it.skipIf(!PG_URL || !REDIS_URL)('queues with DYAD_REDIS_URL set; dyad worker stores every item once', async () => {
    const schema = 'watch_queue';
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    await redis.flushdb();
    redis.disconnect();
    const env = { ...process.env, DYAD_DATABASE_URL: u.href, DYAD_REDIS_URL: REDIS_URL, DYAD_FETCH_ALLOW: server.origin };
    const run = (args: string[]) => {
      const p = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      children.push(p);
      let stderr = '';
      p.stderr?.on('data', (d) => {
        stderr += d;
      });
      return { p, stderr: () => stderr, exit: new Promise<number | null>((r) => p.once('exit', r)) };
    };
    const watch = run(['watch', server.url('/feed'), '--once']);
    expect(await watch.exit, watch.stderr()).toBe(0);
    expect(watch.stderr()).toContain('through the queue');
    expect(watch.stderr()).toContain('queued 3 new item(s) for dyad worker');
    const store = await openPgStore(u.href);
    try {
      // nothing is coded until a worker runs
      expect((await store.stats()).articles).toBe(0);
      const worker = run(['worker', '--quiet']);
      const t0 = Date.now();
      while ((await store.stats()).articles < 3 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100));
      expect(await store.ingestStats()).toMatchObject({ articles: 3, copies: 0 });
      // a second pass (made due now) finds every item stored: nothing is queued again
      const state = await store.getFeedState(server.url('/feed'));
      if (state) await store.setFeedState({ ...state, nextAt: null });
      const again = run(['watch', server.url('/feed'), '--once']);
      expect(await again.exit, again.stderr()).toBe(0);
      expect(again.stderr()).not.toContain('queued');
      worker.p.kill('SIGTERM');
      expect(await worker.exit).toBe(0);
      expect((await store.stats()).articles).toBe(3);
    } finally {
      await store.close();
    }
  });
});

if (!PG_URL || !REDIS_URL) noteSkipped('dyad watch through the queue, end to end', 'DYAD_TEST_DATABASE_URL / DYAD_TEST_REDIS_URL');
