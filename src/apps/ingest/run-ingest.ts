// The ingest loop shared by `dyad ingest`, `dyad watch` and `dyad worker`: items in batches; each
// batch is fingerprinted, checked against the store (duplicates are never coded), coded, and saved
// atomically together with the journal marks of the sources it covers. A source's items before its
// journal mark are skipped, so a run killed at any point and started again codes only what is missing,
// and the store's dedup makes every article land exactly once even if the journal lags.
import type { IngestItem, IngestOutcome, JournalMark } from '../../adapters/store/ingest-types.ts';
import type { Store } from '../../adapters/store/store.ts';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput } from '../../core/types.ts';
import { fingerprint } from '../../ingest/fingerprint.ts';
import type { CodePool } from './code-pool.ts';
import type { SourceItem } from './read-sources.ts';
import { reportId } from './report-id.ts';

export const INGEST_BATCH = 200;

export interface IngestCounts {
  /** items read from the sources */
  read: number;
  /** items skipped because the journal says an earlier run finished them */
  resumed: number;
  bad: number;
  new: number;
  updated: number;
  copies: number;
  seen: number;
  events: number;
}

export const emptyCounts = (): IngestCounts => ({ read: 0, resumed: 0, bad: 0, new: 0, updated: 0, copies: 0, seen: 0, events: 0 });

export interface BatchOptions {
  readonly store: Store;
  readonly pool: CodePool;
  readonly onBad?: (origin: string, error: string) => void;
}

/** A batch item as it travels (also through the queue): the input or the reason it is bad. */
export type BatchEntry = { readonly ok: true; readonly input: ArticleInput; readonly origin: string } | { readonly ok: false; readonly origin: string; readonly error: string };

/** A batch fingerprinted, checked for duplicates and coded, waiting to be saved. */
export interface PreparedBatch {
  readonly counts: IngestCounts;
  readonly entries: { input: ArticleInput; origin: string }[];
  readonly items: IngestItem[];
  readonly failed: Set<number>;
  readonly marks: readonly JournalMark[];
}

/** Fingerprints, checks the store for duplicates and codes what is new; saves nothing. */
export async function prepareBatch(entries: readonly BatchEntry[], marks: readonly JournalMark[], o: BatchOptions): Promise<PreparedBatch> {
  const counts = emptyCounts();
  const prepared: { entry: { input: ArticleInput; origin: string }; item: IngestItem }[] = [];
  for (const e of entries) {
    if (!e.ok) {
      counts.bad++;
      o.onBad?.(e.origin, e.error);
      continue;
    }
    const fp = fingerprint(e.input.text, e.input.url);
    const id = reportId(e.input, fp.canonicalUrl);
    const input = { ...e.input, id };
    const meta = { id, url: input.url ?? null, outlet: input.outlet ?? null, title: input.title ?? null, published: input.published ?? null };
    prepared.push({ entry: { input, origin: e.origin }, item: { meta, fingerprint: fp } });
  }
  const hits = await o.store.findDuplicates(prepared.map((p) => ({ id: p.item.meta.id, fingerprint: p.item.fingerprint })));
  // within the batch: a later item with the URL or text of an earlier one is not coded either
  const firstUrl = new Set<string>();
  const firstHash = new Set<string>();
  const toCode: number[] = [];
  prepared.forEach((p, i) => {
    const fp = p.item.fingerprint;
    const dupInBatch = (fp.canonicalUrl !== null && firstUrl.has(fp.canonicalUrl)) || firstHash.has(fp.contentHash);
    if (fp.canonicalUrl) firstUrl.add(fp.canonicalUrl);
    firstHash.add(fp.contentHash);
    const hit = hits[i];
    // a known id is re-coded (re-ingesting replaces in place); other duplicates are not coded at all
    if ((hit === null && !dupInBatch) || (hit?.kind === 'id' && hit.of === p.item.meta.id)) toCode.push(i);
  });
  const results = await o.pool.code(toCode.map((i) => prepared[i].entry.input));
  const items: IngestItem[] = prepared.map((p) => p.item);
  const failed = new Set<number>();
  toCode.forEach((i, k) => {
    const r = results[k];
    if (r.ok) items[i] = { ...items[i], article: r.article };
    else {
      failed.add(i);
      counts.bad++;
      o.onBad?.(prepared[i].entry.origin, r.code ? `${r.code}: ${r.error}` : r.error);
    }
  });
  return { counts, entries: prepared.map((p) => p.entry), items, failed, marks };
}

/** Saves a prepared batch with its journal marks, in one transaction. */
export async function commitBatch(b: PreparedBatch, o: BatchOptions): Promise<IngestCounts> {
  const { items, failed } = b;
  const counts = { ...b.counts };
  const save = () =>
    o.store.ingest(
      items.filter((_, i) => !failed.has(i)),
      o.pool.fingerprint,
      b.marks,
    );
  let outcomes: IngestOutcome[];
  try {
    outcomes = await save();
  } catch (e) {
    if (!(e instanceof DyadError && e.code === 'E_INTERNAL' && (e.detail as { uncoded?: boolean })?.uncoded)) throw e;
    // an item left uncoded as a duplicate of one that is not stored after all (its original failed
    // to code, or was not saved): code the rest too and save again
    const rest = items.map((it, i) => (it.article || failed.has(i) ? -1 : i)).filter((i) => i >= 0);
    const more = await o.pool.code(rest.map((i) => b.entries[i].input));
    rest.forEach((i, k) => {
      const r = more[k];
      if (r.ok) items[i] = { ...items[i], article: r.article };
      else failed.add(i);
    });
    outcomes = await save();
  }
  const byId = new Map(items.map((it) => [it.meta.id, it]));
  for (const out of outcomes) {
    if (out.status === 'new' || out.status === 'updated') counts.events += byId.get(out.id)?.article?.events.length ?? 0;
    if (out.status === 'new') counts.new++;
    else if (out.status === 'updated') counts.updated++;
    else if (out.status === 'copy') counts.copies++;
    else counts.seen++;
  }
  return counts;
}

/** Codes and stores one batch; returns what happened. */
export async function processBatch(entries: readonly BatchEntry[], marks: readonly JournalMark[], o: BatchOptions): Promise<IngestCounts> {
  return commitBatch(await prepareBatch(entries, marks, o), o);
}

export function addCounts(a: IngestCounts, b: IngestCounts): IngestCounts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof IngestCounts)[]) out[k] += b[k];
  return out;
}

export interface RunOptions extends BatchOptions {
  readonly batchSize?: number;
  /** sends a batch somewhere else (the queue) instead of coding it here */
  readonly dispatch?: (entries: readonly BatchEntry[], marks: readonly JournalMark[]) => Promise<void>;
  readonly onBatch?: (counts: IngestCounts) => void;
}

/**
 * Reads every item in batches, skipping what the journal says an interrupted run already did. A source
 * read to its end is forgotten by the journal, so ingesting it again later re-saves it in place.
 */
export async function runIngest(sources: AsyncIterable<SourceItem>, o: RunOptions): Promise<IngestCounts> {
  const size = o.batchSize ?? INGEST_BATCH;
  let total = emptyCounts();
  const resumeAt = new Map<string, number>();
  let batch: BatchEntry[] = [];
  let marks = new Map<string, JournalMark>();
  // a source read to its end is marked complete (its journal entry goes), in the next batch saved
  let current: { source: string; next: number } | null = null;
  const finish = () => {
    if (current) marks.set(current.source, { source: current.source, position: current.next, complete: true });
    current = null;
  };
  // Two batches in flight: while one is saved (in order, with its journal marks), the next is
  // fingerprinted and coded (on the coding threads, when there are some).
  let saving: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0 && marks.size === 0) return;
    const m = [...marks.values()];
    const entries = batch;
    batch = [];
    marks = new Map();
    if (o.dispatch) {
      await o.dispatch(entries, m);
      o.onBatch?.(total);
      return;
    }
    const prepared = prepareBatch(entries, m, o);
    prepared.catch(() => {}); // surfaces through `saving` below
    const previous = saving;
    saving = (async () => {
      await previous;
      total = addCounts(total, await commitBatch(await prepared, o));
      o.onBatch?.(total);
    })();
    // a failed save surfaces through `await previous` in the next flush or the final `await saving`;
    // this keeps it from also counting as an unhandled rejection (which would end the process first)
    saving.catch(() => {});
    await previous;
  };
  for await (const item of sources) {
    total.read++;
    if (current && item.source !== current.source) finish();
    if (item.source !== null) {
      current = { source: item.source, next: item.position + 1 };
      let from = resumeAt.get(item.source);
      if (from === undefined) resumeAt.set(item.source, (from = await o.store.journalPosition(item.source)));
      if (item.position < from) {
        total.resumed++;
        continue;
      }
      marks.set(item.source, { source: item.source, position: item.position + 1 });
    }
    if ('known' in item) {
      total.seen++;
      continue;
    }
    batch.push(item.ok ? { ok: true, input: item.input, origin: item.origin } : { ok: false, origin: item.origin, error: item.error });
    if (batch.length >= size) await flush();
  }
  finish();
  await flush();
  await saving;
  return total;
}
