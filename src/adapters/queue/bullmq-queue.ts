// The ingest queue on BullMQ + Redis: one job per batch of articles (never per sentence: queue
// overhead would dominate). Job ids are deterministic, so a batch enqueued twice (an enqueuer killed
// and run again) is one job while it is still in the queue; workers save idempotently anyway.
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

export const INGEST_QUEUE = 'dyad-ingest';

export interface IngestQueue {
  add(id: string, data: unknown): Promise<void>;
  /** resolves when nothing is waiting, delayed or active; rejects if a job failed for good */
  drained(pollMs?: number): Promise<{ completed: number; failed: number }>;
  close(): Promise<void>;
}

export interface IngestWorker {
  close(): Promise<void>;
}

function connect(url: string): Redis {
  // BullMQ needs maxRetriesPerRequest: null on the connections its workers block on
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

export function openIngestQueue(redisUrl: string, name = INGEST_QUEUE): IngestQueue {
  const connection = connect(redisUrl);
  const queue = new Queue(name, { connection });
  return {
    async add(id, data) {
      await queue.add('batch', data, {
        jobId: id,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 1000 },
      });
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

export function startIngestWorker(redisUrl: string, handle: (data: unknown) => Promise<unknown>, concurrency = 1, name = INGEST_QUEUE): IngestWorker {
  const connection = connect(redisUrl);
  const worker = new Worker(name, async (job) => handle(job.data), { connection, concurrency });
  worker.on('failed', (job, err) => process.stderr.write(`dyad worker: job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}\n`));
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
