// Job ids on the ingest queue: the same batch enqueued twice while it waits is one job; once it has
// been processed, enqueuing it again processes it again (a re-run re-saves in place). Needs
// DYAD_TEST_REDIS_URL; skips with a message without it.
import { afterAll, describe, expect, it } from 'vitest';
import { type IngestWorker, openIngestQueue, startIngestWorker } from '../../src/adapters/queue/bullmq-queue.ts';
import { noteSkipped, REDIS_URL } from '../store/pg-database.ts';

const NAME = `dyad-test-ids-${process.pid}`;
let worker: IngestWorker | undefined;
afterAll(async () => {
  await worker?.close();
});

describe.skipIf(!REDIS_URL)('ingest queue job ids', () => {
  it('keeps one job per id while it waits, and runs an id again once it is done', async () => {
    const queue = openIngestQueue(REDIS_URL, NAME);
    const seen: unknown[] = [];
    try {
      await queue.add('b-same', { n: 1 });
      await queue.add('b-same', { n: 2 });
      worker = startIngestWorker(REDIS_URL, async (data) => void seen.push(data), { log: () => {} }, NAME);
      await queue.drained(50);
      expect(seen).toEqual([{ n: 1 }]);
      await queue.add('b-same', { n: 3 });
      await queue.drained(50);
      expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
    } finally {
      await queue.close();
    }
  });
});

if (!REDIS_URL) noteSkipped('ingest queue job ids', 'DYAD_TEST_REDIS_URL');
