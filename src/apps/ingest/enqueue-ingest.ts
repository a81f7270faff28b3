// `dyad ingest` in queue mode: the sources are read (journal positions respected) and each batch
// becomes one BullMQ job; workers code and save it with its journal marks in one transaction.
import { createHash } from 'node:crypto';
import { openIngestQueue } from '../../adapters/queue/bullmq-queue.ts';
import type { JournalMark } from '../../adapters/store/ingest-types.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { IngestJob } from './ingest-job.ts';
import type { SourceItem } from './read-sources.ts';
import { type BatchEntry, runIngest } from './run-ingest.ts';

export interface EnqueueResult {
  batches: number;
  items: number;
  resumed: number;
  /** with `wait`: jobs that failed for good while waiting (after all their retries) */
  failed: number;
}

/** A job id for a batch: the same batch of the same source always gets the same one. */
export function batchJobId(entries: readonly BatchEntry[], marks: readonly JournalMark[]): string {
  return `b-${createHash('sha256').update(JSON.stringify(marks)).update(JSON.stringify(entries.map((e) => e.origin))).digest('hex').slice(0, 24)}`;
}

/** A job id for items that have no stable place in a source (feed items): from what they are. */
export function contentJobId(entries: readonly BatchEntry[]): string {
  const h = createHash('sha256');
  for (const e of entries) h.update(e.ok ? JSON.stringify([e.input.id ?? null, e.input.url ?? null, e.input.text]) : e.origin).update('\n');
  return `c-${h.digest('hex').slice(0, 24)}`;
}

export const toJob = (entries: readonly BatchEntry[], marks: readonly JournalMark[]): IngestJob => ({ entries: entries.map((e) => ({ ...e })) as IngestJob['entries'], marks: [...marks] });

export async function enqueueIngest(sources: AsyncIterable<SourceItem>, store: Store, redisUrl: string, o: { wait?: boolean; batchSize?: number } = {}): Promise<EnqueueResult> {
  const queue = openIngestQueue(redisUrl);
  let batches = 0;
  let items = 0;
  const complete: JournalMark[] = [];
  try {
    const failedBefore = o.wait ? await queue.failedCount() : 0;
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
        await queue.add(batchJobId(entries, marks), toJob(entries, marks));
        batches++;
        items += entries.length;
      },
    });
    let failed = 0;
    if (o.wait) {
      const end = await queue.drained();
      failed = Math.max(0, end.failed - failedBefore);
      // an input whose batches did not all land stays in the journal: a re-run resumes it
      if (complete.length && failed === 0) await store.ingest([], 'journal', complete);
    }
    return { batches, items, resumed: r.resumed, failed };
  } finally {
    await queue.close();
  }
}
