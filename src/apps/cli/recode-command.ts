// `dyad recode`: re-codes stored articles with the current dictionaries and stages. By default only
// the articles whose stored pipeline fingerprint differs from the current one; --all re-codes all.
// Event ids are content hashes (article, sentence, actors, code, rule), so re-saving an article keeps
// the id of every event that nothing changed, and the store drops only the events that are gone.
import type { Store } from '../../adapters/store/store.ts';
import type { CodedArticle, EventRecord } from '../../core/types.ts';
import { type Coder, createCoder } from '../create-coder.ts';
import type { CliValues } from './main.ts';
import { createProgress } from './progress.ts';
import { openStore } from './open-store.ts';
import { storedInput } from '../stored-input.ts';

export interface RecodeCounts {
  /** articles re-coded (and saved again) */
  articles: number;
  /** events with an id the article did not have before */
  added: number;
  /** events the article had before and no longer has */
  removed: number;
  /** same id, other content (a date, a location, a Goldstein value) */
  changed: number;
  /** same id and the same content apart from the pipeline fingerprint */
  unchanged: number;
}

const BATCH = 200;


const content = ({ pipeline: _p, ...rest }: EventRecord) => JSON.stringify(rest);

function compare(before: readonly EventRecord[], after: readonly EventRecord[], counts: RecodeCounts): void {
  const old = new Map(before.map((e) => [e.id, e]));
  for (const e of after) {
    const was = old.get(e.id);
    if (!was) counts.added++;
    else if (content(was) === content(e)) counts.unchanged++;
    else counts.changed++;
    old.delete(e.id);
  }
  counts.removed += old.size;
}

/** Re-codes the stale articles (every article with `all`) and saves them in batches. */
export async function recodeStore(store: Store, coder: Coder, options: { all?: boolean; progress?: boolean } = {}): Promise<RecodeCounts> {
  const ids = await store.listArticleIds(options.all ? {} : { pipelineNot: coder.fingerprint });
  const counts: RecodeCounts = { articles: 0, added: 0, removed: 0, changed: 0, unchanged: 0 };
  const progress = createProgress('re-coded', options.progress === true);
  let batch: CodedArticle[] = [];
  const flush = async () => {
    if (batch.length) await store.saveArticles(batch, coder.fingerprint);
    batch = [];
  };
  for (const id of ids) {
    const stored = await store.getArticle(id);
    if (!stored) continue; // deleted by someone else since the listing
    const fresh = coder.code(storedInput(stored));
    compare(stored.events, fresh.events, counts);
    batch.push(fresh);
    counts.articles++;
    progress.tick(true);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  progress.done();
  return counts;
}

export async function recodeCommand(args: string[], v: CliValues): Promise<number> {
  if (args.length) {
    process.stderr.write(`dyad: recode takes no file arguments (got "${args[0]}"); it re-codes the store given by --db or DYAD_DATABASE_URL\n`);
    return 2;
  }
  const coder = createCoder();
  // PostgreSQL when DYAD_DATABASE_URL is set, else the SQLite file (--db, DYAD_DB)
  const { store, where } = await openStore(v);
  try {
    const total = (await store.stats()).articles;
    const c = await recodeStore(store, coder, { all: v.all, progress: process.stderr.isTTY === true && !v.quiet });
    process.stdout.write(
      `re-coded ${c.articles} of ${total} article(s) in ${where} with ${coder.fingerprint}\n` +
        `events: ${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.unchanged} unchanged\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
