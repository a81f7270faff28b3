// One polling pass over feeds, politely: a feed is polled only when its next time has come, with a
// conditional GET (ETag / Last-Modified); new items (canonical URL not yet stored) are fetched and
// coded; failures back a feed off exponentially (or as long as Retry-After says), and every next
// poll time carries random jitter so feeds on one host spread out.
import { FEED_TYPES, type Fetcher } from '../../adapters/fetch/fetcher.ts';
import { bodyText } from '../../adapters/fetch/safe-fetch.ts';
import { parseFeed } from '../../adapters/feed/parse-feed.ts';
import type { FeedState } from '../../adapters/store/ingest-types.ts';
import type { Store } from '../../adapters/store/store.ts';
import { DyadError } from '../../core/errors.ts';
import type { CodePool } from './code-pool.ts';
import { feedItemInput } from './fetch-article.ts';
import { retryAfterMs } from './polite-fetcher.ts';
import { isKnownUrl } from './is-known-url.ts';
import { addCounts, type BatchEntry, emptyCounts, type IngestCounts, processBatch } from './run-ingest.ts';

export interface WatchOptions {
  readonly store: Store;
  readonly pool: CodePool;
  readonly fetcher: Fetcher;
  /** seconds between polls of one feed */
  readonly intervalS: number;
  readonly maxBackoffS?: number;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly onBad?: (origin: string, error: string) => void;
  readonly log?: (line: string) => void;
  /** sends each batch of new items elsewhere (the queue, for dyad worker) instead of coding it here */
  readonly dispatch?: (entries: readonly BatchEntry[]) => Promise<void>;
}

export interface FeedPoll {
  readonly url: string;
  readonly status: 'not-due' | 'not-modified' | 'polled' | 'failed';
  readonly counts: IngestCounts;
  /** items handed to `dispatch` (queue mode) */
  readonly queued?: number;
  readonly error?: string;
}

export async function pollFeed(url: string, o: WatchOptions): Promise<FeedPoll> {
  const now = o.now ?? Date.now;
  const random = o.random ?? Math.random;
  const prev: FeedState = (await o.store.getFeedState(url)) ?? { url, etag: null, lastModified: null, checkedAt: null, failures: 0, nextAt: null };
  if (prev.nextAt && Date.parse(prev.nextAt) > now()) return { url, status: 'not-due', counts: emptyCounts() };
  const next = (ms: number) => new Date(now() + ms + Math.floor(random() * Math.min(ms * 0.2, 60_000))).toISOString();
  const interval = o.intervalS * 1000;
  try {
    const headers: Record<string, string> = {};
    if (prev.etag) headers['if-none-match'] = prev.etag;
    if (prev.lastModified) headers['if-modified-since'] = prev.lastModified;
    const res = await o.fetcher(url, { accept: [...FEED_TYPES], headers });
    const checkedAt = new Date(now()).toISOString();
    if (res.notModified) {
      await o.store.setFeedState({ ...prev, checkedAt, failures: 0, nextAt: next(interval) });
      return { url, status: 'not-modified', counts: emptyCounts() };
    }
    const feed = parseFeed(bodyText(res));
    let counts = emptyCounts();
    let queued = 0;
    let batch: BatchEntry[] = [];
    const send = async (entries: BatchEntry[]) => {
      if (o.dispatch) {
        await o.dispatch(entries);
        queued += entries.length;
      } else counts = addCounts(counts, await processBatch(entries, [], o));
    };
    for (const [i, item] of feed.items.entries()) {
      if (item.url && (await isKnownUrl(o.store, item.url))) continue;
      const origin = `${url}#item${i + 1}`;
      try {
        batch.push({ ok: true, input: await feedItemInput(o.fetcher, item, feed.title, {}), origin });
      } catch (e) {
        batch.push({ ok: false, origin, error: e instanceof DyadError ? `${e.code}: ${e.message}` : String(e) });
      }
      if (batch.length >= 50) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length) await send(batch);
    await o.store.setFeedState({ url, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null, checkedAt, failures: 0, nextAt: next(interval) });
    return { url, status: 'polled', counts, ...(o.dispatch ? { queued } : {}) };
  } catch (e) {
    const failures = prev.failures + 1;
    const detail = e instanceof DyadError ? (e.detail as { retryAfter?: unknown } | undefined) : undefined;
    const told = retryAfterMs(detail?.retryAfter, now());
    const wait = Math.min((o.maxBackoffS ?? 6 * 3600) * 1000, Math.max(told ?? 0, interval * 2 ** Math.min(failures, 10)));
    await o.store.setFeedState({ ...prev, checkedAt: new Date(now()).toISOString(), failures, nextAt: next(wait) });
    const error = e instanceof DyadError ? `${e.code}: ${e.message}` : (e as Error).message;
    return { url, status: 'failed', counts: emptyCounts(), error };
  }
}

/** One pass: every due feed once, one after another (the fetcher keeps per-host limits). */
export async function pollFeeds(urls: readonly string[], o: WatchOptions): Promise<FeedPoll[]> {
  const out: FeedPoll[] = [];
  for (const url of urls) out.push(await pollFeed(url, o));
  return out;
}
