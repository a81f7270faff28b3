// `dyad worker`: takes queued batches from BullMQ and codes them into PostgreSQL. Run as many as you
// like, on as many machines as you like; saves are serialised per batch in the database.
import { startIngestWorker } from '../../adapters/queue/bullmq-queue.ts';
import { DyadError } from '../../core/errors.ts';
import { IngestJob } from '../ingest/ingest-job.ts';
import { processBatch } from '../ingest/run-ingest.ts';
import { reportBad } from './code-command.ts';
import { makePool, summary, threadCount } from './ingest-command.ts';
import type { CliValues } from './main.ts';
import { openStore } from './open-store.ts';
import type { Store } from '../../adapters/store/store.ts';

// connection refused or reset, server shutting down or starting up, connection failure classes
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return (typeof err?.code === 'string' && CONNECTION_CODES.has(err.code)) || /Connection terminated|connection timeout|not yet accepting connections/i.test(String(err?.message ?? ''));
}

/** Polls the store until it answers, for at most DYAD_DB_WAIT_MS (default 60 s). */
async function waitForStore(store: Store): Promise<void> {
  const limit = Number(process.env.DYAD_DB_WAIT_MS ?? 60_000) || 60_000;
  const t0 = Date.now();
  process.stderr.write('dyad worker: database unreachable; waiting for it\n');
  for (let wait = 250; Date.now() - t0 < limit; wait = Math.min(wait * 2, 2000)) {
    await new Promise((r) => setTimeout(r, wait));
    try {
      await store.hasArticle('');
      return;
    } catch {
      // still away
    }
  }
}

export async function workerCommand(v: CliValues): Promise<number> {
  const redisUrl = process.env.DYAD_REDIS_URL;
  if (!process.env.DYAD_DATABASE_URL || !redisUrl) throw new DyadError('E_STORE_CONFIG', 'dyad worker needs DYAD_DATABASE_URL (postgres://…) and DYAD_REDIS_URL (redis://…)');
  const concurrency = v.concurrency === undefined ? 1 : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new DyadError('E_BAD_REQUEST', `--concurrency must be a whole number ≥ 1, got "${v.concurrency}"`);
  const { store, where } = await openStore(v);
  const pool = await makePool(threadCount(v.threads));
  const worker = startIngestWorker(
    redisUrl,
    async (data) => {
      const job = IngestJob.safeParse(data);
      if (!job.success) throw new DyadError('E_INPUT_SHAPE', `queued batch: ${job.error.issues[0]?.message ?? 'invalid'}`);
      let r: Awaited<ReturnType<typeof processBatch>>;
      try {
        r = await processBatch(job.data.entries, job.data.marks, { store, pool, onBad: reportBad });
      } catch (e) {
        // the database is away (restarting, unreachable): wait for it before the job fails, so that
        // an outage does not use up the job's retries (the failed attempt is retried with back-off)
        if (isConnectionError(e)) await waitForStore(store);
        throw e;
      }
      if (!v.quiet) process.stderr.write(`dyad worker: ${summary(r)}\n`);
      return r;
    },
    { concurrency },
  );
  process.stderr.write(`dyad worker: coding queued batches into ${where} (pid ${process.pid}; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await worker.close();
  await pool.close();
  await store.close();
  return 0;
}
