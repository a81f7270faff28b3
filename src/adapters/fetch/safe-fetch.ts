// A Fetcher that refuses loopback, private and link-local addresses (checked after DNS resolution and
// again on every redirect, and the connection goes to the address that was checked, so a second DNS
// answer cannot slip past), caps body size (after decompression) and total time, only speaks
// http/https, and checks the content type before reading the body.
import { lookup as dnsLookup } from 'node:dns/promises';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DyadError } from '../../core/errors.ts';
import { isBlockedAddress } from './blocked-address.ts';
import type { Fetcher, FetchOptions, FetchResult } from './fetcher.ts';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

export interface FetchPolicy {
  /** allow every address, private ones included (trusted networks only) */
  readonly allowPrivate?: boolean;
  /** origins ("http://127.0.0.1:8080") allowed even though they resolve to blocked addresses */
  readonly allowOrigins?: readonly string[];
  /** body limit after decompression; default 5 MiB */
  readonly maxBytes?: number;
  /** whole request including redirects; default 15 s */
  readonly timeoutMs?: number;
  /** default 5 */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** DNS; injectable for tests */
  readonly resolve?: (host: string) => Promise<readonly ResolvedAddress[]>;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_USER_AGENT = 'Dyad/0.1 (+political event coder; polite polling)';

const defaultResolve = async (host: string) => dnsLookup(host, { all: true, verbatim: true });

/** Decides where one hop may connect; throws E_FETCH_FORBIDDEN otherwise. */
async function checkTarget(url: URL, policy: FetchPolicy): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DyadError('E_FETCH_FORBIDDEN', `only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new DyadError('E_FETCH_FORBIDDEN', 'URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = policy.allowPrivate === true || (policy.allowOrigins ?? []).includes(url.origin);
  let addresses: readonly ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (policy.resolve ?? defaultResolve)(host);
    } catch (e) {
      throw new DyadError('E_FETCH_FAILED', `cannot resolve ${host}: ${(e as Error).message}`);
    }
    if (addresses.length === 0) throw new DyadError('E_FETCH_FAILED', `cannot resolve ${host}`);
  }
  // every answer must be allowed, not just the first: a name may mix public and private addresses
  const blocked = addresses.find((a) => isBlockedAddress(a.address));
  if (blocked && !allowed) throw new DyadError('E_FETCH_FORBIDDEN', `${url.host} resolves to ${blocked.address}, a loopback, private or link-local address`, { url: url.href, address: blocked.address });
  return addresses[0];
}

function headerMap(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function decoder(encoding: string | undefined) {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

interface Hop {
  res: IncomingMessage;
  abort: (err: Error) => void;
}

function open(url: URL, target: ResolvedAddress, headers: Record<string, string>, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'GET',
      headers,
      agent: false,
      signal,
      // connect to the address that was checked, never to a fresh DNS answer
      lookup: ((_host, opts, cb) =>
        (opts as { all?: boolean })?.all ? cb(null, [target] as LookupAddress[]) : cb(null, target.address, target.family)) as LookupFunction,
    });
    req.once('response', (res) => resolve({ res, abort: (err) => req.destroy(err) }));
    req.once('error', reject);
    req.end();
  });
}

async function readBody(hop: Hop, maxBytes: number): Promise<Buffer> {
  const length = Number(hop.res.headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes) {
    hop.abort(new Error('too large'));
    throw new DyadError('E_FETCH_TOO_LARGE', `the body is ${length} bytes, over the limit of ${maxBytes}`);
  }
  const unzip = decoder(hop.res.headers['content-encoding']);
  const stream = unzip ? hop.res.pipe(unzip) : hop.res;
  if (unzip) hop.res.once('error', (e) => unzip.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      hop.abort(new Error('too large'));
      unzip?.destroy();
      throw new DyadError('E_FETCH_TOO_LARGE', `the body is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createSafeFetcher(policy: FetchPolicy = {}): Fetcher {
  const maxBytes = policy.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = policy.maxRedirects ?? 5;

  async function run(start: string, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(start);
    } catch {
      throw new DyadError('E_FETCH_FORBIDDEN', `not a URL: ${start}`);
    }
    const headers: Record<string, string> = {
      'user-agent': policy.userAgent ?? DEFAULT_USER_AGENT,
      accept: `${options.accept.join(', ')};q=1, */*;q=0.1`,
      'accept-encoding': 'gzip, deflate, br',
      ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    for (let hops = 0; ; hops++) {
      const target = await checkTarget(url, policy);
      let hop: Hop;
      try {
        hop = await open(url, target, headers, signal);
      } catch (e) {
        if (signal.aborted) throw new DyadError('E_FETCH_TIMEOUT', `${url.href} took longer than ${timeoutMs} ms`);
        throw new DyadError('E_FETCH_FAILED', `${url.href}: ${(e as Error).message}`);
      }
      const { res } = hop;
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        if (hops >= maxRedirects) throw new DyadError('E_FETCH_FAILED', `more than ${maxRedirects} redirects from ${start}`);
        const next = new URL(location, url);
        // conditional headers were meant for the first URL only
        if (next.origin !== url.origin) {
          delete headers['if-none-match'];
          delete headers['if-modified-since'];
        }
        url = next;
        continue;
      }
      const base = { url: url.href, status, headers: headerMap(res) };
      if (status === 304) {
        res.resume();
        return { ...base, notModified: true, mediaType: '', charset: null, body: Buffer.alloc(0) };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new DyadError('E_FETCH_STATUS', `${url.href} answered ${status}`, { status, retryAfter: base.headers['retry-after'] ?? null });
      }
      const contentType = base.headers['content-type'] ?? '';
      const mediaType = contentType.split(';')[0].trim().toLowerCase();
      if (!options.accept.includes(mediaType)) {
        res.resume();
        throw new DyadError('E_FETCH_TYPE', `${url.href} is ${mediaType || 'of no declared type'}, expected ${options.accept.join(' or ')}`);
      }
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
      try {
        return { ...base, notModified: false, mediaType, charset, body: await readBody(hop, maxBytes) };
      } catch (e) {
        if (signal.aborted) throw new DyadError('E_FETCH_TIMEOUT', `${url.href} took longer than ${timeoutMs} ms`);
        if (e instanceof DyadError) throw e;
        throw new DyadError('E_FETCH_FAILED', `${url.href}: ${(e as Error).message}`);
      }
    }
  }

  return async (url, options) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await run(url, options, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Decodes a body as text: the declared charset, else UTF-8 (an unknown label falls back to UTF-8). */
export function bodyText(result: Pick<FetchResult, 'body' | 'charset'>): string {
  try {
    return new TextDecoder(result.charset ?? 'utf-8').decode(result.body);
  } catch {
    return new TextDecoder('utf-8').decode(result.body);
  }
}
