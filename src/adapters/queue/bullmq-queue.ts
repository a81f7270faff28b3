// The ingest queue on BullMQ + Redis: one job per batch of articles (never per sentence: queue
// overhead would dominate). Job ids are deterministic, so a batch enqueued twice (an enqueuer killed
// and run again) is one job while it is still in the queue; workers save idempotently anyway.
//
// Faults (test/faults/*): a failed job (PostgreSQL down, a connection lost mid-save) is retried 5
// times with exponential back-off from 1 s; a job whose worker died (SIGKILL, a lost machine) keeps
// its lock only DYAD_QUEUE_LOCK_MS (default 30 s), after which another worker's stalled-job check puts
// it back in the queue (twice at most). Redis going away is waited out: every connection reconnects
// and commands wait for it (Redis needs persistence on, appendonly yes, for queued batches to survive
// its restart). Saving is idempotent, so a batch processed twice is stored once.
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

export const INGEST_QUEUE = 'dyad-ingest';

export interface IngestQueue {
  add(id: string, data: unknown): Promise<void>;
  /** jobs that failed for good so far (what is kept of them: the last 1000) */
  failedCount(): Promise<number>;
  /** resolves when nothing is waiting, delayed or active, with the completed and failed jobs kept */
  drained(pollMs?: number): Promise<{ completed: number; failed: number }>;
  close(): Promise<void>;
}

export interface IngestWorker {
  close(): Promise<void>;
}

export interface WorkerOptions {
  concurrency?: number;
  /** ms a worker's lock on its job lasts without renewal; a dead worker's job is retried after it */
  lockMs?: number;
  log?: (line: string) => void;
}

/** DYAD_QUEUE_LOCK_MS, default 30 s. */
export function lockMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DYAD_QUEUE_LOCK_MS);
  return Number.isInteger(n) && n >= 1000 ? n : 30_000;
}

function connect(url: string): Redis {
  // BullMQ needs maxRetriesPerRequest: null on the connections its workers block on; commands made
  // while Redis is away wait for the reconnection instead of failing
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, retryStrategy: (times) => Math.min(times * 200, 2000) });
  redis.on('error', () => {
    // reconnection is automatic; the worker's and queue's own 'error' handlers report
  });
  return redis;
}

export function openIngestQueue(redisUrl: string, name = INGEST_QUEUE): IngestQueue {
  const connection = connect(redisUrl);
  const queue = new Queue(name, { connection });
  queue.on('error', () => {
    // lost connection: ioredis reconnects and the pending command is sent again
  });
  return {
    async add(id, data) {
      // BullMQ ignores a job id it still holds: a batch that failed for good is taken out first, so
      // that enqueuing it again (a re-run of dyad ingest) runs it again; completed jobs are not kept
      // at all, so a batch enqueued again later is processed again (re-saved in place)
      const old = await queue.getJob(id);
      if (old && (await old.isFailed())) await old.remove();
      await queue.add('batch', data, {
        jobId: id,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: { count: 1000 },
      });
    },
    async failedCount() {
      return queue.getFailedCount();
    },
    async drained(pollMs = 200) {
      for (;;) {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
        if ((c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0) === 0) {
          return { completed: c.completed ?? 0, failed: c.failed ?? 0 };
        }
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}

export function startIngestWorker(redisUrl: string, handle: (data: unknown) => Promise<unknown>, options: WorkerOptions = {}, name = INGEST_QUEUE): IngestWorker {
  const connection = connect(redisUrl);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const lockDuration = options.lockMs ?? lockMsFromEnv();
  const worker = new Worker(name, async (job) => handle(job.data), {
    connection,
    concurrency: options.concurrency ?? 1,
    lockDuration,
    stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
    maxStalledCount: 2,
  });
  worker.on('failed', (job, err) => log(`dyad worker: job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'} of ${job?.opts.attempts ?? 1}): ${err.message}`));
  worker.on('stalled', (id) => log(`dyad worker: job ${id} stalled (its worker stopped holding it): queued again`));
  let lastError = '';
  worker.on('error', (err) => {
    // Redis away: logged once per distinct message; BullMQ keeps trying
    if (err.message !== lastError) log(`dyad worker: queue connection: ${err.message} (retrying)`);
    lastError = err.message;
  });
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
