// Every source type end to end into input items: pages, feeds (RSS, Atom, RDF) and plain text from a
// local server; txt, html, jsonl, csv, xml feeds, .gz, directories and stdin from disk.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/adapters/fetch/safe-fetch.ts';
import { parseFeed } from '../../src/adapters/feed/parse-feed.ts';
import { readSources, type SourceItem } from '../../src/apps/ingest/read-sources.ts';
import { DyadError } from '../../src/core/errors.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

async function collect(args: string[], o: Parameters<typeof readSources>[1]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(args, o)) out.push(item);
  return out;
}

const inputs = (items: SourceItem[]) => items.map((i) => (i.ok ? i.input : { error: i.error }));

describe('sources over HTTP (local fixture server)', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    const withOrigin = (name: string) => fixture(name).replaceAll('{{ORIGIN}}', server.origin);
    server = await startFixtureServer(
      {
        '/world/lithuania-expels-diplomat': { type: 'text/html; charset=utf-8', body: fixture('article.html') },
        '/world/estonia-summons-envoy': { status: 500, type: 'text/plain', body: 'never fetched: the feed carries the full text' },
        '/feed.rss': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(withOrigin('feed.rss')),
        '/feed.atom': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(withOrigin('feed.atom')),
        '/feed.rdf': { type: 'application/rdf+xml', body: fixture('feed.rdf') },
        '/feed-as-xml': (_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(withOrigin('feed.atom')),
        '/story.txt': { type: 'text/plain; charset=utf-8', body: fixture('story.txt') },
        '/bomb.xml': { type: 'application/rss+xml', body: fixture('billion-laughs.xml') },
      },
      100,
    );
  });
  afterAll(() => server.close());
  const fetcher = () => createSafeFetcher({ allowOrigins: [server.origin], timeoutMs: 3000 });

  it('extracts an HTML page with Readability: title, outlet, author, date, canonical URL', async () => {
    const [item] = await collect([server.url('/world/lithuania-expels-diplomat')], { fetcher: fetcher() });
    expect(item).toMatchObject({
      ok: true,
      source: null,
      input: {
        title: 'Lithuania expels Russian diplomat',
        outlet: 'The Baltic Ledger',
        author: 'Rasa Petraitė',
        published: '2024-03-15T09:30:00Z',
        url: 'https://ledger.example/world/lithuania-expels-diplomat?utm_source=homepage',
      },
    });
    const text = item.ok ? item.input.text : '';
    expect(text).toContain('Lithuania expelled a Russian diplomat on Thursday');
    expect(text).toContain('\n\n');
    expect(text).not.toMatch(/Home \| World|tracking|Subscribe/);
  });

  it('reads an RSS feed: a short item is fetched and extracted, a full-text item is coded as it is', async () => {
    const items = await collect([server.url('/feed.rss')], { fetcher: fetcher() });
    expect(items.map((i) => i.ok)).toEqual([true, true]);
    expect(inputs(items)).toMatchObject([
      { outlet: 'Baltic Ledger & Wire', title: 'Lithuania expels Russian diplomat', author: 'Rasa Petraitė', published: '2024-03-15T09:30:00Z' },
      { outlet: 'Baltic Ledger & Wire', title: 'Estonia summons envoy', url: server.url('/world/estonia-summons-envoy') },
    ]);
    expect(items[0].ok && items[0].input.text).toContain('handed him a note');
    expect(items[1].ok && items[1].input.text).toContain('airspace violations near the island of Vaindloo');
    expect(server.requests.some((r) => r.path === '/world/estonia-summons-envoy')).toBe(false);
  });

  it.each([
    ['Atom', '/feed.atom', { outlet: 'Nordic Atom Wire', title: 'Lithuania expels Russian diplomat', author: 'Rasa Petraitė' }],
    ['Atom served as text/xml', '/feed-as-xml', { outlet: 'Nordic Atom Wire' }],
    ['RSS 1.0 (RDF)', '/feed.rdf', { outlet: 'RDF Wire', title: 'Poland protests to Belarus', url: 'https://rdf.example/1', published: '2024-03-18T07:00:00.000Z' }],
  ])('reads an %s feed', async (_name, path, expected) => {
    const items = await collect([server.url(path)], { fetcher: fetcher() });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, input: expected });
  });

  it('reads a plain-text URL', async () => {
    const [item] = await collect([server.url('/story.txt')], { fetcher: fetcher(), published: '2024-03-19' });
    expect(item).toMatchObject({ ok: true, input: { text: expect.stringContaining('Latvia recalled'), published: '2024-03-19' } });
  });

  it('skips feed items already stored without fetching them', async () => {
    const before = server.requests.filter((r) => r.path.startsWith('/world/lithuania')).length;
    const items = await collect([server.url('/feed.rss')], { fetcher: fetcher(), known: async (u) => u.includes('lithuania') });
    expect(items).toHaveLength(1);
    expect(server.requests.filter((r) => r.path.startsWith('/world/lithuania')).length).toBe(before);
  });

  it('refuses a feed that declares entities (billion laughs), quickly and with a clear error', async () => {
    const t = Date.now();
    const items = await collect([server.url('/bomb.xml')], { fetcher: fetcher() });
    expect(items).toEqual([expect.objectContaining({ ok: false, error: expect.stringContaining('E_FEED_INVALID') })]);
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('reports a refused URL as a bad item (SSRF) and goes on', async () => {
    const items = await collect([server.url('/story.txt'), server.url('/feed.rdf')], { fetcher: createSafeFetcher() });
    expect(items.map((i) => (i.ok ? 'ok' : i.error.split(':')[0]))).toEqual(['E_FETCH_FORBIDDEN', 'E_FETCH_FORBIDDEN']);
  });
});

describe('local sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-sources-'));
  writeFileSync(join(dir, 'batch.jsonl.gz'), gzipSync(fixture('batch.jsonl')));

  it.each<[string, string, Record<string, unknown>[]]>([
    ['plain text', 'story.txt', [{ id: 'story', text: expect.stringContaining('Latvia recalled') }]],
    ['HTML', 'article.html', [{ id: 'article', title: 'Lithuania expels Russian diplomat', outlet: 'The Baltic Ledger', author: 'Rasa Petraitė' }]],
    ['JSONL', 'batch.jsonl', [{ id: 'jl-1', outlet: 'JSONL Wire' }, { id: 'jl-2' }]],
    ['CSV', 'rows.csv', [{ id: 'csv-1', outlet: 'CSV Wire', published: '2024-03-18' }]],
    ['an RSS file', 'feed.rss', [{ title: 'Lithuania expels Russian diplomat' }, { title: 'Estonia summons envoy' }]],
    ['an Atom file', 'feed.atom', [{ outlet: 'Nordic Atom Wire', text: expect.stringContaining('Finland closed a border crossing') }]],
  ])('reads %s', async (_name, file, expected) => {
    const items = await collect([join(FIX, file)], {});
    expect(inputs(items)).toMatchObject(expected);
    expect(items.every((i) => i.source?.startsWith('file:'))).toBe(true);
    expect(items.map((i) => i.position)).toEqual(expected.map((_, k) => k));
  });

  it('reads .gz', async () => {
    expect(inputs(await collect([join(dir, 'batch.jsonl.gz')], {}))).toMatchObject([{ id: 'jl-1' }, { id: 'jl-2' }]);
  });

  it('reads a directory of every kind, with one journal key for it', async () => {
    const items = await collect([FIX], {});
    expect(items.filter((i) => i.ok).length).toBeGreaterThanOrEqual(9);
    expect(new Set(items.map((i) => i.source)).size).toBe(1);
    expect(items[0].source).toMatch(/^dir:/);
    // the billion-laughs file in the directory is one bad item, the rest goes on
    expect(items.filter((i) => !i.ok).map((i) => (i.ok ? '' : i.error))).toEqual([expect.stringContaining('E_FEED_INVALID')]);
  });

  it.each([
    ['JSONL', fixture('batch.jsonl'), 2],
    ['HTML', fixture('article.html'), 1],
    ['an RSS feed', fixture('feed.rss'), 2],
    ['plain text', 'Police detained ten people in Minsk.', 1],
  ])('reads %s from stdin, keyed by its content', async (_name, text, n) => {
    const items = await collect(['-'], { stdin: () => text });
    expect(items.filter((i) => i.ok)).toHaveLength(n);
    expect(items[0].source).toMatch(/^stdin:[0-9a-f]{32}$/);
  });

  it('reports a missing file and a bad line with where they are', async () => {
    const items = await collect([join(dir, 'nope.jsonl')], {});
    expect(items).toEqual([expect.objectContaining({ ok: false, origin: join(dir, 'nope.jsonl') })]);
  });

  it('parses feeds without expanding entities', () => {
    expect(() => parseFeed(fixture('billion-laughs.xml'))).toThrow(DyadError);
    const feed = parseFeed('<rss><channel><title>A &amp;amp; B &#38; C &unknown;</title></channel></rss>');
    // only the predefined entities and character references are decoded (titles may hold escaped HTML)
    expect(feed.title).toBe('A & B & C &unknown;');
  });
});
