// `dyad watch`: conditional GET, only new items fetched and coded, back-off on failure, and the
// polite fetcher's per-host limits; all against a local server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/adapters/fetch/fetcher.ts';
import { createSafeFetcher } from '../../src/adapters/fetch/safe-fetch.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/adapters/store/store.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import { inProcessPool } from '../../src/apps/ingest/code-pool.ts';
import { politeFetcher } from '../../src/apps/ingest/polite-fetcher.ts';
import { pollFeeds } from '../../src/apps/ingest/watch-feeds.ts';
import { DyadError } from '../../src/core/errors.ts';
import { testCoder } from '../helpers/coder.ts';
import { type FixtureServer, startFixtureServer } from '../sources/fixture-server.ts';

const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Watch Wire"></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
const PAGES: Record<string, string> = {
  '/a/expel': page('Lithuania expels diplomat', 'Lithuania expelled a Russian diplomat on Thursday, the foreign ministry in Vilnius said.'),
  '/a/summon': page('Estonia summons envoy', 'Estonia summoned the Russian ambassador on Friday to protest against an airspace violation.'),
  '/a/recall': page('Latvia recalls ambassador', 'Latvia recalled its ambassador from Moscow on Tuesday after a detention.'),
};

describe('watching feeds', () => {
  let server: FixtureServer;
  let store: Store;
  let items = ['/a/expel', '/a/summon'];
  let feedStatus = 200;
  let clock = Date.parse('2024-03-15T10:00:00Z');
  const etag = () => `"v${items.length}"`;
  beforeAll(async () => {
    server = await startFixtureServer(
      {
        ...Object.fromEntries(Object.entries(PAGES).map(([p, body]) => [p, { type: 'text/html', body }])),
        '/feed': (req, res) => {
          if (feedStatus !== 200) return void res.writeHead(feedStatus, { 'retry-after': '600', 'content-type': 'text/plain' }).end('busy');
          if (req.headers['if-none-match'] === etag()) return void res.writeHead(304, { etag: etag() }).end();
          const xml = `<rss version="2.0"><channel><title>Watch Wire</title>${items.map((p) => `<item><title>${p}</title><link>http://127.0.0.1:${server.port}${p}?utm_source=rss</link><description>short</description></item>`).join('')}</channel></rss>`;
          res.writeHead(200, { 'content-type': 'application/rss+xml', etag: etag() }).end(xml);
        },
      },
      100,
    );
    store = openSqliteStore(':memory:');
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const options = () => ({
    store,
    pool: inProcessPool(testCoder()),
    fetcher: createSafeFetcher({ allowOrigins: [server.origin] }),
    intervalS: 300,
    now: () => clock,
    random: () => 0.5,
  });
  const fetched = (path: string) => server.requests.filter((r) => r.path.startsWith(path)).length;

  it('codes every item on the first poll and remembers the ETag', async () => {
    const [poll] = await pollFeeds([server.url('/feed')], options());
    expect(poll).toMatchObject({ status: 'polled', counts: { new: 2, bad: 0 } });
    expect(await store.getFeedState(server.url('/feed'))).toMatchObject({ etag: '"v2"', failures: 0, nextAt: expect.any(String) });
  });

  it('does not poll again before the interval, then asks conditionally (304)', async () => {
    expect((await pollFeeds([server.url('/feed')], options()))[0].status).toBe('not-due');
    clock += 301_000 + 60_000;
    const [poll] = await pollFeeds([server.url('/feed')], options());
    expect(poll.status).toBe('not-modified');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v2"');
  });

  it('fetches and codes only the new item when the feed changes', async () => {
    items = ['/a/recall', ...items];
    clock += 400_000;
    const before = { expel: fetched('/a/expel'), recall: fetched('/a/recall') };
    const [poll] = await pollFeeds([server.url('/feed')], options());
    expect(poll).toMatchObject({ status: 'polled', counts: { new: 1 } });
    expect(fetched('/a/expel')).toBe(before.expel);
    expect(fetched('/a/recall')).toBe(before.recall + 1);
    expect((await store.ingestStats()).articles).toBe(3);
  });

  it('backs off after a failure, as long as Retry-After asks', async () => {
    feedStatus = 503;
    clock += 400_000;
    const [poll] = await pollFeeds([server.url('/feed')], options());
    expect(poll).toMatchObject({ status: 'failed', error: expect.stringContaining('503') });
    const state = await store.getFeedState(server.url('/feed'));
    expect(state?.failures).toBe(1);
    expect(Date.parse(state!.nextAt!) - clock).toBeGreaterThanOrEqual(600_000);
    feedStatus = 200;
  });

  it('runs from the command line once, with the origin allowed through DYAD_FETCH_ALLOW', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'w.db');
    // asynchronous: the fixture server lives in this process and must keep answering
    const run = (allow: string, path: string) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), 'watch', server.url('/feed'), '--once', '--db', path], {
          env: { ...process.env, DYAD_FETCH_ALLOW: allow },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        p.stderr.on('data', (d) => {
          stderr += d;
        });
        p.once('exit', (status) => resolve({ status, stderr }));
      });
    const first = await run(server.origin, db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('3 new');
    const refused = await run('', `${db}-2`);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('E_FETCH_FORBIDDEN');
    expect(readFileSync(db).length).toBeGreaterThan(0);
  });
});

describe('polite fetcher', () => {
  function fakeClock() {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  }

  it('serialises requests to one host with an interval plus jitter, and runs hosts in parallel', async () => {
    const clock = fakeClock();
    const starts: [string, number][] = [];
    let active = 0;
    let maxActive = 0;
    const inner: Fetcher = async (url) => {
      active++;
      maxActive = Math.max(maxActive, active);
      starts.push([new URL(url).host, clock.now()]);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return { url, status: 200, notModified: false, headers: {}, mediaType: 'text/html', charset: null, body: Buffer.alloc(0) };
    };
    const f = politeFetcher(inner, { intervalMs: 1000, jitterMs: 200, random: () => 0.5, ...clock });
    await Promise.all(['http://a.example/1', 'http://a.example/2', 'http://a.example/3', 'http://b.example/1'].map((u) => f(u, { accept: ['text/html'] })));
    const a = starts.filter(([h]) => h === 'a.example').map(([, t]) => t);
    expect(a).toHaveLength(3);
    expect(a[1] - a[0]).toBeGreaterThanOrEqual(1100);
    expect(a[2] - a[1]).toBeGreaterThanOrEqual(1100);
    expect(maxActive).toBe(2);
  });

  it('backs a host off after 429 with Retry-After', async () => {
    const clock = fakeClock();
    const times: number[] = [];
    let calls = 0;
    const inner: Fetcher = async (url) => {
      times.push(clock.now());
      if (calls++ === 0) throw new DyadError('E_FETCH_STATUS', 'busy', { status: 429, retryAfter: '30' });
      return { url, status: 200, notModified: false, headers: {}, mediaType: 'text/html', charset: null, body: Buffer.alloc(0) };
    };
    const f = politeFetcher(inner, { intervalMs: 0, jitterMs: 0, ...clock });
    await expect(f('http://a.example/1', { accept: ['text/html'] })).rejects.toThrow(DyadError);
    await f('http://a.example/2', { accept: ['text/html'] });
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(30_000);
  });
});
