// `dyad ingest` in queue mode: the sources are read (journal positions respected) and each batch
// becomes one BullMQ job; workers code and save it with its journal marks in one transaction.
import { createHash } from 'node:crypto';
import { openIngestQueue } from '../../adapters/queue/bullmq-queue.ts';
import type { JournalMark } from '../../adapters/store/ingest-types.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { IngestJob } from './ingest-job.ts';
import type { SourceItem } from './read-sources.ts';
import { runIngest } from './run-ingest.ts';

export interface EnqueueResult {
  batches: number;
  items: number;
  resumed: number;
}

export async function enqueueIngest(sources: AsyncIterable<SourceItem>, store: Store, redisUrl: string, o: { wait?: boolean; batchSize?: number } = {}): Promise<EnqueueResult> {
  const queue = openIngestQueue(redisUrl);
  let batches = 0;
  let items = 0;
  const complete: JournalMark[] = [];
  try {
    const r = await runIngest(sources, {
      store,
      // never used: dispatch takes every batch
      pool: { fingerprint: '', code: async () => [], close: async () => {} },
      batchSize: o.batchSize,
      async dispatch(entries, all) {
        // workers save batches in any order: a completion mark could land before the batches it
        // closes, so completion is written here once the queue has drained (with --wait only)
        const marks = all.filter((m) => !m.complete);
        // a loop, not push(...spread): the argument list of a spread is bounded by the stack
        for (const m of all) if (m.complete) complete.push(m);
        if (entries.length === 0 && marks.length === 0) return;
        const job: IngestJob = { entries: entries.map((e) => ({ ...e })) as IngestJob['entries'], marks };
        // the same batch of the same source always gets the same id
        const key = createHash('sha256').update(JSON.stringify(marks)).update(JSON.stringify(entries.map((e) => e.origin))).digest('hex').slice(0, 24);
        await queue.add(`b-${key}`, job);
        batches++;
        items += entries.length;
      },
    });
    if (o.wait) {
      await queue.drained();
      if (complete.length) await store.ingest([], 'journal', complete);
    }
    return { batches, items, resumed: r.resumed };
  } finally {
    await queue.close();
  }
}
