// SSRF and resource limits of the safe fetcher, against a local server on 127.0.0.1.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBlockedAddress } from '../../src/adapters/fetch/blocked-address.ts';
import { HTML_TYPES } from '../../src/adapters/fetch/fetcher.ts';
import { createSafeFetcher } from '../../src/adapters/fetch/safe-fetch.ts';
import { DyadError } from '../../src/core/errors.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

describe('isBlockedAddress', () => {
  it.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['fc12:3456::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::a00:1', true],
    ['2002:a00:1::', true],
    ['2001:db8::1', true],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ])('%s → blocked %s', (ip, blocked) => {
    expect(isBlockedAddress(ip)).toBe(blocked);
  });
});

const html = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;

describe('safe fetcher', () => {
  let server: FixtureServer;
  let other: FixtureServer;
  beforeAll(async () => {
    other = await startFixtureServer({ '/secret': { type: 'text/html', body: html('internal admin page') } }, 20);
    server = await startFixtureServer(
      {
        '/page': { type: 'text/html; charset=utf-8', body: html('hello') },
        '/to-loopback': { status: 302, headers: { location: `${other.origin}/secret` } },
        '/to-localhost': (_req, res) => {
          res.writeHead(301, { location: `http://localhost:${server.port}/page` }).end();
        },
        '/to-metadata': { status: 307, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
        '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
        '/same-origin-redirect': { status: 302, headers: { location: '/page' } },
        '/loop': { status: 302, headers: { location: '/loop' } },
        '/big': { type: 'text/html', body: Buffer.alloc(300_000, 97) },
        '/big-chunked': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html' });
          for (let i = 0; i < 40; i++) res.write(Buffer.alloc(10_000, 98));
          res.end();
        },
        '/zip-bomb': { type: 'text/html', headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(20_000_000, 0)) },
        '/gzipped': { type: 'text/html', headers: { 'content-encoding': 'gzip' }, body: gzipSync(html('zipped')) },
        '/slow': () => {
          // never answers
        },
        '/image': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
        '/untyped': { body: html('no type') },
        '/missing': { status: 404, type: 'text/plain', body: 'gone' },
        '/busy': { status: 429, type: 'text/plain', headers: { 'retry-after': '120' }, body: 'slow down' },
      },
      100,
    );
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });

  const allowed = () => createSafeFetcher({ allowOrigins: [server.origin], maxBytes: 100_000, timeoutMs: 1500 });
  const accept = { accept: [...HTML_TYPES] };

  async function refusal(p: Promise<unknown>): Promise<string> {
    const e = await p.then(
      () => null,
      (err) => err,
    );
    expect(e).toBeInstanceOf(DyadError);
    return (e as DyadError).code;
  }

  it.each([
    ['loopback literal', (s: FixtureServer) => s.url('/page')],
    ['localhost by name', (s: FixtureServer) => `http://localhost:${s.port}/page`],
    ['IPv6 loopback', (s: FixtureServer) => `http://[::1]:${s.port}/page`],
    ['IPv4-mapped IPv6 loopback', (s: FixtureServer) => `http://[::ffff:127.0.0.1]:${s.port}/page`],
    ['decimal IPv4', (s: FixtureServer) => `http://2130706433:${s.port}/page`],
    ['link-local metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['private 10/8', () => 'http://10.0.0.1/'],
    ['private 192.168/16', () => 'https://192.168.0.1/admin'],
    ['unspecified', (s: FixtureServer) => `http://0.0.0.0:${s.port}/page`],
  ])('refuses %s by default', async (_name, target) => {
    const fetcher = createSafeFetcher({ timeoutMs: 1500 });
    expect(await refusal(fetcher(target(server), accept))).toBe('E_FETCH_FORBIDDEN');
  });

  it.each([
    ['file scheme', 'file:///etc/passwd'],
    ['ftp scheme', 'ftp://example.org/x'],
    ['credentials in the URL', 'http://user:pw@example.org/'],
    ['not a URL', 'not a url'],
  ])('refuses %s', async (_name, url) => {
    expect(await refusal(createSafeFetcher()(url, accept))).toBe('E_FETCH_FORBIDDEN');
  });

  it('refuses a public-looking name that resolves to a private address, before connecting', async () => {
    const before = server.requests.length;
    const fetcher = createSafeFetcher({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    expect(await refusal(fetcher(`http://news.example:${server.port}/page`, accept))).toBe('E_FETCH_FORBIDDEN');
    // a name with one public and one private answer is refused too
    const mixed = createSafeFetcher({ resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }] });
    expect(await refusal(mixed('http://mixed.example/', accept))).toBe('E_FETCH_FORBIDDEN');
    expect(server.requests.length).toBe(before);
  });

  it('fetches an explicitly allowed origin, decoding gzip', async () => {
    const res = await allowed()(server.url('/page'), accept);
    expect(res.status).toBe(200);
    expect(res.mediaType).toBe('text/html');
    expect(res.charset).toBe('utf-8');
    expect(res.body.toString()).toContain('hello');
    expect((await allowed()(server.url('/gzipped'), accept)).body.toString()).toContain('zipped');
  });

  it('follows a same-origin redirect', async () => {
    const res = await allowed()(server.url('/same-origin-redirect'), accept);
    expect(res.url).toBe(server.url('/page'));
  });

  it.each([
    ['a redirect to 127.0.0.1 (another port)', '/to-loopback'],
    ['a redirect to localhost', '/to-localhost'],
    ['a redirect to the metadata address', '/to-metadata'],
    ['a redirect to file:', '/to-file'],
  ])('refuses %s on the redirect hop', async (_name, path) => {
    const before = other.requests.length;
    expect(await refusal(allowed()(server.url(path), accept))).toBe('E_FETCH_FORBIDDEN');
    expect(other.requests.length).toBe(before);
  });

  it('refuses a redirect to 127.0.0.1 from a name that was allowed', async () => {
    // news.example is allowed and served by the fixture server; its redirect to 127.0.0.1 is not
    const origin = `http://news.example:${server.port}`;
    const fetcher = createSafeFetcher({ allowOrigins: [origin], resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    expect((await fetcher(`${origin}/page`, accept)).body.toString()).toContain('hello');
    expect(await refusal(fetcher(`${origin}/to-loopback`, accept))).toBe('E_FETCH_FORBIDDEN');
  });

  it.each([
    ['a declared length over the cap', '/big', 'E_FETCH_TOO_LARGE'],
    ['a chunked body over the cap', '/big-chunked', 'E_FETCH_TOO_LARGE'],
    ['a gzip bomb (cap applies after decompression)', '/zip-bomb', 'E_FETCH_TOO_LARGE'],
    ['a server that never answers', '/slow', 'E_FETCH_TIMEOUT'],
    ['a content type that is not accepted', '/image', 'E_FETCH_TYPE'],
    ['a response without a content type', '/untyped', 'E_FETCH_TYPE'],
    ['an error status', '/missing', 'E_FETCH_STATUS'],
    ['a redirect loop', '/loop', 'E_FETCH_FAILED'],
  ])('stops %s', async (_name, path, code) => {
    expect(await refusal(allowed()(server.url(path), accept))).toBe(code);
  });

  it('reports Retry-After with a 429', async () => {
    const e = await allowed()(server.url('/busy'), accept).catch((err) => err);
    expect(e).toMatchObject({ code: 'E_FETCH_STATUS', detail: { status: 429, retryAfter: '120' } });
  });

  it('allows everything with allowPrivate (trusted networks only)', async () => {
    const res = await createSafeFetcher({ allowPrivate: true })(`${other.origin}/secret`, accept);
    expect(res.body.toString()).toContain('internal admin page');
  });
});
