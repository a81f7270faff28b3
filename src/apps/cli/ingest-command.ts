// `dyad ingest`: every source (files, directories, stdin, page and feed URLs) into the store, deduplicated,
// clustered and journaled. With DYAD_DATABASE_URL and DYAD_REDIS_URL set, batches go to the queue
// instead and `dyad worker` processes code them into PostgreSQL.
import { availableParallelism } from 'node:os';
import { createSafeFetcher } from '../../adapters/fetch/safe-fetch.ts';
import { DyadError } from '../../core/errors.ts';
import { type CodePool, makeCodePool } from '../ingest/code-pool.ts';
import { fetchPolicyFromEnv } from '../ingest/fetch-policy-from-env.ts';
import { politeFetcher } from '../ingest/polite-fetcher.ts';
import { readSources } from '../ingest/read-sources.ts';
import { type IngestCounts, runIngest } from '../ingest/run-ingest.ts';
import { isKnownUrl } from '../ingest/is-known-url.ts';
import { reportBad } from './code-command.ts';
import type { CliValues } from './main.ts';
import { openStore } from './open-store.ts';
import { createProgress } from './progress.ts';

/** --threads N | auto (default 1: coding in this thread). */
export function threadCount(value: string | undefined): number {
  if (value === undefined || value === '') return Number(process.env.DYAD_THREADS ?? 1) || 1;
  if (value === 'auto') return Math.max(1, Math.min(4, availableParallelism()));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new DyadError('E_BAD_REQUEST', `--threads must be a whole number from 1 to 64 or "auto", got "${value}"`);
  return n;
}

/** DYAD_INGEST_BATCH: articles per transaction (and per queued job); default 200. */
export function batchSize(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.DYAD_INGEST_BATCH;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new DyadError('E_STORE_CONFIG', `DYAD_INGEST_BATCH must be a whole number from 1 to 10000, got "${raw}"`);
  return n;
}

/** Coding threads (several, or one when articles have a time limit: DYAD_CODE_TIMEOUT_MS), else this thread. */
export async function makePool(threads: number): Promise<CodePool> {
  return makeCodePool(threads);
}

export function details(r: IngestCounts): string {
  const parts = [`${r.new} new`, `${r.updated} re-saved`, `${r.copies} duplicate report(s) merged`, `${r.seen} already stored`];
  if (r.resumed) parts.push(`${r.resumed} done by an interrupted earlier run`);
  if (r.bad) parts.push(`${r.bad} bad record(s) skipped`);
  return parts.join(', ');
}

export function summary(r: IngestCounts, where?: string): string {
  const articles = r.new + r.updated + r.copies + r.seen + r.resumed;
  return `${articles} article(s), ${r.events} event(s)${where ? ` into ${where}` : ''} (${details(r)})`;
}

export async function ingestCommand(args: string[], v: CliValues): Promise<number> {
  if (!args.length) throw new DyadError('E_BAD_REQUEST', 'dyad ingest needs a file, directory, URL or "-"');
  const threads = threadCount(v.threads);
  const { store, where, kind } = await openStore(v);
  const fetcher = politeFetcher(createSafeFetcher(fetchPolicyFromEnv()));
  const queued = kind === 'postgres' && process.env.DYAD_REDIS_URL;
  const progress = createProgress('ingested', process.stderr.isTTY === true && !v.quiet);
  const sources = readSources(args, { published: v.published, fetcher, known: (url) => isKnownUrl(store, url) });
  try {
    if (queued) {
      const { enqueueIngest } = await import('../ingest/enqueue-ingest.ts');
      const r = await enqueueIngest(sources, store, process.env.DYAD_REDIS_URL as string, { wait: v.wait === true, batchSize: batchSize() });
      const processed = r.failed ? `; ${r.failed} batch(es) failed after every retry (see the dyad worker logs; the input stays in the journal)` : '; all processed';
      process.stderr.write(`dyad: queued ${r.batches} batch(es), ${r.items} item(s) for dyad worker${r.resumed ? `, ${r.resumed} skipped (done by an interrupted earlier run)` : ''}${v.wait ? processed : ''}\n`);
      return r.failed ? 1 : 0;
    }
    const pool = await makePool(threads);
    try {
      let last = 0;
      const r = await runIngest(sources, {
        store,
        pool,
        batchSize: batchSize(),
        onBad: reportBad,
        onBatch: (c) => {
          for (; last < c.new + c.updated + c.copies + c.seen; last++) progress.tick(true);
        },
      });
      progress.done();
      process.stderr.write(`dyad: ${summary(r, where)}\n`);
      return r.bad ? 1 : 0;
    } finally {
      await pool.close();
    }
  } finally {
    await store.close();
  }
}
