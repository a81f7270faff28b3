// `dyad watch <feeds>`: polls RSS/Atom feeds politely and codes new items as they arrive, until
// Ctrl-C (or once with --once, for cron). Feeds are URLs, or files listing one URL a line.
import { readFileSync } from 'node:fs';
import { createSafeFetcher } from '../../adapters/fetch/safe-fetch.ts';
import { DyadError } from '../../core/errors.ts';
import { fetchPolicyFromEnv } from '../ingest/fetch-policy-from-env.ts';
import { politeFetcher } from '../ingest/polite-fetcher.ts';
import { isUrl } from '../ingest/read-sources.ts';
import { pollFeeds } from '../ingest/watch-feeds.ts';
import { openIngestQueue } from '../../adapters/queue/bullmq-queue.ts';
import type { CodePool } from '../ingest/code-pool.ts';
import { contentJobId, toJob } from '../ingest/enqueue-ingest.ts';
import type { BatchEntry } from '../ingest/run-ingest.ts';
import { reportBad } from './code-command.ts';
import { makePool, threadCount } from './ingest-command.ts';
import type { CliValues } from './main.ts';
import { openStore } from './open-store.ts';

/** The pool of a process that only queues (never asked to code). */
const noCoding: CodePool = { fingerprint: '', code: async () => [], close: async () => {} };

export function feedList(args: readonly string[]): string[] {
  const urls: string[] = [];
  for (const a of args) {
    if (isUrl(a)) urls.push(a);
    else
      for (const line of readFileSync(a, 'utf8').split('\n')) {
        const t = line.trim();
        if (t && !t.startsWith('#')) {
          if (!isUrl(t)) throw new DyadError('E_BAD_REQUEST', `${a}: not an http(s) URL: ${t}`);
          urls.push(t);
        }
      }
  }
  return [...new Set(urls)];
}

export async function watchCommand(args: string[], v: CliValues): Promise<number> {
  const feeds = feedList(args);
  if (!feeds.length) throw new DyadError('E_BAD_REQUEST', 'dyad watch needs feed URLs or a file listing them');
  const intervalS = v.interval === undefined ? 300 : Number(v.interval);
  if (!Number.isFinite(intervalS) || intervalS < 1) throw new DyadError('E_BAD_REQUEST', `--interval must be a number of seconds ≥ 1, got "${v.interval}"`);
  const { store, where, kind } = await openStore(v);
  // with PostgreSQL and Redis, new items are queued for `dyad worker` (as `dyad ingest` does): no coder here
  const redisUrl = kind === 'postgres' ? process.env.DYAD_REDIS_URL : undefined;
  const queue = redisUrl ? openIngestQueue(redisUrl) : null;
  const pool = queue ? noCoding : await makePool(threadCount(v.threads));
  const dispatch = queue ? async (entries: readonly BatchEntry[]) => queue.add(contentJobId(entries), toJob(entries, [])) : undefined;
  const fetcher = politeFetcher(createSafeFetcher(fetchPolicyFromEnv()));
  let stop = false;
  let wake: (() => void) | null = null;
  const onSignal = () => {
    stop = true;
    wake?.();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.stderr.write(`dyad: watching ${feeds.length} feed(s) into ${where}${queue ? ' through the queue (dyad worker codes)' : ''} every ${intervalS}s${v.once ? ' (once)' : ''}\n`);
  let failed = 0;
  try {
    do {
      const polls = await pollFeeds(feeds, { store, pool, fetcher, intervalS, onBad: reportBad, dispatch });
      for (const p of polls) {
        if (p.status === 'failed') {
          failed++;
          process.stderr.write(`dyad: ${p.url}: ${p.error} (backing off)\n`);
        } else if (p.status === 'polled' && p.queued) {
          process.stderr.write(`dyad: ${p.url}: queued ${p.queued} new item(s) for dyad worker\n`);
        } else if (p.status === 'polled' && (p.counts.new || p.counts.copies || p.counts.bad)) {
          process.stderr.write(`dyad: ${p.url}: ${p.counts.new} new, ${p.counts.copies} duplicate(s), ${p.counts.bad} bad, ${p.counts.events} event(s)\n`);
        }
      }
      if (v.once || stop) break;
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, Math.min(intervalS, 30) * 1000).unref();
      });
    } while (!stop);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.close();
    await queue?.close();
    await store.close();
  }
  return v.once && failed ? 1 : 0;
}
