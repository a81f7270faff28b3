import { join } from 'node:path';
import { openSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { CodedArticle } from '../../core/types.ts';
import { createApi, serveApi } from '../api/index.ts';
import { type Coder, createCoder, ROOT } from '../create-coder.ts';
import { reportBad } from './code-command.ts';
import type { CliValues } from './main.ts';
import { createProgress } from './progress.ts';
import { readInputs } from './read-inputs.ts';

export const dbPath = (v: CliValues) => v.db ?? process.env.DYAD_DB ?? 'dyad.db';

const BATCH = 200;

/**
 * Codes every input into the store, committing in batches; returns counts. Re-ingesting an article
 * replaces it in place, so a run interrupted between batches is resumed by running it again.
 */
export async function ingestInto(store: Store, coder: Coder, paths: readonly string[], v: CliValues): Promise<{ ok: number; bad: number; events: number }> {
  const progress = createProgress('ingested', process.stderr.isTTY === true && !v.quiet);
  let ok = 0;
  let bad = 0;
  let events = 0;
  let batch: CodedArticle[] = [];
  const flush = async () => {
    if (batch.length) await store.saveArticles(batch, coder.fingerprint);
    batch = [];
  };
  for (const path of paths) {
    for (const item of readInputs(path, { published: v.published })) {
      if (!item.ok) {
        reportBad(item.origin, item.error);
        bad++;
        progress.tick(false);
        continue;
      }
      const article = coder.code(item.input);
      batch.push(article);
      if (batch.length >= BATCH) await flush();
      events += article.events.length;
      ok++;
      progress.tick(true);
    }
  }
  await flush();
  progress.done();
  return { ok, bad, events };
}

export async function ingestCommand(paths: string[], v: CliValues): Promise<number> {
  if (!paths.length) throw new Error('dyad ingest needs a file, directory or "-"');
  const store = openSqliteStore(dbPath(v));
  try {
    const r = await ingestInto(store, createCoder(), paths, v);
    process.stderr.write(`dyad: ${r.ok} article(s), ${r.events} event(s) into ${dbPath(v)}${r.bad ? `; ${r.bad} bad record(s) skipped` : ''}\n`);
    return r.bad ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function serveStore(store: Store, coder: Coder, v: CliValues): Promise<number> {
  const app = createApi({ store, code: coder.code, token: process.env.DYAD_TOKEN, pipeline: coder.fingerprint });
  const port = Number(v.port ?? process.env.PORT ?? 8787);
  const running = await serveApi(app, port, v.host ?? '127.0.0.1');
  process.stderr.write(`dyad: serving ${dbPath(v)} on ${running.url}  (GET /events, /stats, /export.gdelt …; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await store.close();
  return 0;
}

export async function serveCommand(v: CliValues): Promise<number> {
  return serveStore(openSqliteStore(dbPath(v)), createCoder(), v);
}

/** `npm start`: codes the shipped examples into ./dyad.db, then serves the API on localhost. */
export async function startCommand(v: CliValues): Promise<number> {
  const coder = createCoder();
  const store = openSqliteStore(dbPath(v));
  const r = await ingestInto(store, coder, [join(ROOT, 'examples')], { ...v, quiet: true });
  const stats = await store.stats();
  process.stderr.write(`dyad: coded ${r.ok} example article(s) into ${dbPath(v)}: ${stats.articles} articles, ${stats.events} events in the store\n`);
  return serveStore(store, coder, v);
}
