import { join } from 'node:path';
import { openSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { sqliteOptionsFromEnv } from '../../adapters/store/sqlite-write-guard.ts';
import type { Store } from '../../adapters/store/store.ts';
import { createApi, pooledCoding, serveApi } from '../api/index.ts';
import { type Coder, createCoder, ROOT } from '../create-coder.ts';
import { reportBad } from './code-command.ts';
import { coderApiOptions } from './coder-api-options.ts';
import { ensureDashboard } from './ensure-dashboard.ts';
import { urlArticleFetcher } from './url-article-fetcher.ts';
import type { CliValues } from './main.ts';
import { codeTimeLimit, inProcessPool, threadPool } from '../ingest/code-pool.ts';
import { threadCount } from './ingest-command.ts';
import { openStore } from './open-store.ts';
import { readSources } from '../ingest/read-sources.ts';
import { runIngest } from '../ingest/run-ingest.ts';

export const dbPath = (v: CliValues) => v.db ?? process.env.DYAD_DB ?? 'dyad.db';

/**
 * Codes every input into the store through the ingest loop (dedup, clusters, journal); returns counts.
 * Re-ingesting an article replaces it in place, and a run interrupted anywhere resumes from its journal.
 */
export async function ingestInto(store: Store, coder: Coder, paths: readonly string[], v: CliValues): Promise<{ ok: number; bad: number; events: number }> {
  const r = await runIngest(readSources(paths, { published: v.published }), { store, pool: inProcessPool(coder), onBad: reportBad });
  return { ok: r.new + r.updated + r.copies + r.seen + r.resumed, bad: r.bad, events: r.events };
}

export { ingestCommand } from './ingest-command.ts';

async function serveStore(store: Store, coder: () => Coder, v: CliValues): Promise<number> {
  const webRoot = await ensureDashboard((line) => process.stderr.write(`${line}\n`));
  // coding on threads held to DYAD_CODE_TIMEOUT_MS per article (0: in the event loop, no limit)
  const limit = codeTimeLimit();
  const pool = limit > 0 ? await threadPool({ threads: threadCount(v.threads), timeLimitMs: limit }) : null;
  const coding = pool ? pooledCoding(pool) : coderApiOptions(coder());
  const app = createApi({ store, ...coding, fetchArticle: urlArticleFetcher(), token: process.env.DYAD_TOKEN, webRoot });
  const port = Number(v.port ?? process.env.PORT ?? 8787);
  const running = await serveApi(app, port, v.host ?? '127.0.0.1');
  process.stderr.write(`dyad: serving ${dbPath(v)} on ${running.url}  (${webRoot ? 'dashboard at /, ' : ''}API under /api, /api/openapi.json; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await pool?.close();
  await store.close();
  return 0;
}

export async function serveCommand(v: CliValues): Promise<number> {
  // PostgreSQL when DYAD_DATABASE_URL is set, else the SQLite file
  return serveStore((await openStore(v)).store, createCoder, v);
}

/** `npm start`: codes the shipped examples into ./dyad.db, then serves the API on localhost. */
export async function startCommand(v: CliValues): Promise<number> {
  const coder = createCoder();
  const store = openSqliteStore(dbPath(v), { ...sqliteOptionsFromEnv(), onWait: (m) => process.stderr.write(`dyad: ${m}\n`) });
  const r = await ingestInto(store, coder, [join(ROOT, 'examples')], { ...v, quiet: true });
  const stats = await store.stats();
  process.stderr.write(`dyad: coded ${r.ok} example article(s) into ${dbPath(v)}: ${stats.articles} articles, ${stats.events} events in the store\n`);
  return serveStore(store, () => coder, v);
}
