// `npm run bench:ingest`: the whole ingest path (read, fingerprint, dedup, code, save, cluster,
// journal) on ../shared/corpus/news.jsonl, reported as articles/s and sentences/s:
//   - SQLite, one process: coding in the main thread, on 1 coding thread (the `dyad ingest` default:
//     saving overlaps coding), on 2 coding threads; and on 2 coding threads warmed up first on other
//     text (the steady state of a long ingest; see warmupInputs);
//   - PostgreSQL + BullMQ with 1 and 2 `dyad worker` processes (needs DYAD_BENCH_DATABASE_URL and
//     DYAD_BENCH_REDIS_URL, or the DYAD_TEST_* ones that scripts/test-services.sh prints).
// Worker start-up (loading dictionaries) is excluded: the clock starts when the workers are ready.
//   - the save path alone: the corpus coded once, then Store.ingest timed on batches of 50 (SQLite,
//     and PostgreSQL with 1 and 2 concurrent savers), so that a store change is measured apart
//     from coding. `-- --save-only` runs just this part.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { openPgStore } from '../src/adapters/store/pg-store.ts';
import { openSqliteStore } from '../src/adapters/store/sqlite-store.ts';
import { createCoder, ROOT } from '../src/apps/create-coder.ts';
import { type CodePool, inProcessPool, threadPool } from '../src/apps/ingest/code-pool.ts';
import { enqueueIngest } from '../src/apps/ingest/enqueue-ingest.ts';
import { readSources } from '../src/apps/ingest/read-sources.ts';
import { runIngest } from '../src/apps/ingest/run-ingest.ts';
import type { IngestItem } from '../src/adapters/store/ingest-types.ts';
import type { Store } from '../src/adapters/store/store.ts';
import { fingerprint } from '../src/ingest/fingerprint.ts';

const corpus = process.env.DYAD_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'news.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench:ingest: ${corpus} not found (set DYAD_CORPUS)`);
  process.exit(2);
}
const total = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).length;
const r0 = (x: number) => Math.round(x).toLocaleString('en-US');
const results: string[] = [];
const report = (what: string, articles: number, sentences: number, secs: number, extra = '') => {
  const line = `${what.padEnd(34)} ${r0(articles / secs).padStart(6)} articles/s  ${r0(sentences / secs).padStart(7)} sentences/s  (${articles} articles in ${secs.toFixed(1)} s${extra})`;
  results.push(line);
  console.log(line);
};

/** Counts coded sentences as they pass. */
function counting(pool: CodePool): CodePool & { sentences: () => number } {
  let n = 0;
  return {
    ...pool,
    async code(inputs) {
      const out = await pool.code(inputs);
      for (const r of out) if (r.ok) n += r.article.sentences.length;
      return out;
    },
    sentences: () => n,
  };
}

/**
 * Other text than the corpus to warm the coders up on (the development sets' articles), so that a
 * run can be timed in the steady state a long ingest (a GDELT day) spends nearly all its time in:
 * on a cold start V8 is still compiling the hot code for the first few hundred articles.
 */
function warmupInputs(): { id: string; text: string; published?: string }[] {
  const out: { id: string; text: string; published?: string }[] = [];
  for (const f of ['polnear_dev.jsonl', 'ipe_dev.jsonl']) {
    const path = join(ROOT, '..', 'shared', 'eval', f);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; published?: string };
      out.push({ id: `warmup-${r.id}`, text: r.text, published: r.published });
    }
  }
  return out;
}

/**
 * threads 0: coding in the main thread; n: n coding threads (1 is what `dyad ingest` does by default),
 * saving in the main one. warm: the coders first code the warm-up text (untimed, not stored).
 */
async function sqlite(threads: number, warm = false): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const raw = threads > 0 ? await threadPool({ threads }) : inProcessPool(createCoder());
  if (warm) await raw.code(warmupInputs());
  const pool = counting(raw);
  const t = performance.now();
  const r = await runIngest(readSources([corpus], {}), { store, pool });
  const secs = (performance.now() - t) / 1000;
  const stats = await store.ingestStats();
  await pool.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const what = threads ? `SQLite, 1 process, ${threads} coding thread(s)` : 'SQLite, 1 process, coding in main';
  report(`${what}${warm ? ', warm' : ''}`, r.new + r.copies, pool.sentences(), secs, `; ${stats.copies} duplicates merged, ${stats.clusters} clusters`);
}

function worker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), 'worker', '--quiet'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => {
      err += d;
      if (err.includes('coding queued batches')) resolve(p);
    });
    p.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${err}`)));
  });
}

async function postgres(workers: number, dbUrl: string, redisUrl: string): Promise<void> {
  const u = new URL(dbUrl);
  u.searchParams.set('options', '-c search_path=bench_ingest');
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  await admin.query('DROP SCHEMA IF EXISTS bench_ingest CASCADE');
  await admin.query('CREATE SCHEMA bench_ingest');
  await admin.end();
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  redis.disconnect();
  const env = { ...process.env, DYAD_DATABASE_URL: u.href, DYAD_REDIS_URL: redisUrl };
  const store = await openPgStore(u.href);
  const procs = await Promise.all(Array.from({ length: workers }, () => worker(env)));
  const t = performance.now();
  await enqueueIngest(readSources([corpus], {}), store, redisUrl, { wait: true, batchSize: 50 });
  const secs = (performance.now() - t) / 1000;
  for (const p of procs) p.kill('SIGTERM');
  const stats = await store.ingestStats();
  const client = new pg.Client({ connectionString: u.href });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT coalesce(sum(json_array_length((json::json)->\'sentences\')), 0)::int AS n FROM articles');
  await client.end();
  await store.close();
  report(`PostgreSQL + BullMQ, ${workers} worker(s)`, stats.articles + stats.copies, rows[0].n, secs, `; ${stats.copies} duplicates merged, ${stats.clusters} clusters`);
}

/** The corpus coded once, as ingest items in batches of 50 (what a worker hands Store.ingest). */
function codedBatches(): IngestItem[][] {
  const coder = createCoder();
  const items: IngestItem[] = [];
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const input = JSON.parse(line) as { id?: string; text: string; url?: string; outlet?: string; title?: string; published?: string };
    const article = coder.code(input);
    const fp = fingerprint(input.text, input.url);
    items.push({ meta: { id: article.id, url: input.url ?? null, outlet: input.outlet ?? null, title: input.title ?? null, published: article.published ?? null }, fingerprint: fp, article });
  }
  const out: IngestItem[][] = [];
  for (let i = 0; i < items.length; i += 50) out.push(items.slice(i, i + 50));
  return out;
}

/** Times Store.ingest over the batches, `savers` at a time (each on its own store connection). */
async function saveOnly(what: string, stores: Store[], batches: IngestItem[][]): Promise<void> {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    stores.map(async (store) => {
      while (next < batches.length) await store.ingest(batches[next++], 'bench');
    }),
  );
  const secs = (performance.now() - t) / 1000;
  const n = batches.reduce((s, b) => s + b.length, 0);
  const stats = await stores[0].ingestStats();
  const line = `save only: ${what.padEnd(30)} ${r0(n / secs).padStart(6)} articles/s  ${((secs * 1000) / n).toFixed(2)} ms/article  (${stats.articles} texts, ${stats.copies} copies, ${stats.clusters} clusters)`;
  console.log(line);
}

async function freshSchema(dbUrl: string, schema: string): Promise<string> {
  const u = new URL(dbUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return u.href;
}

console.log(`corpus: ${corpus} (${total} lines)`);
const dbUrl = process.env.DYAD_BENCH_DATABASE_URL ?? process.env.DYAD_TEST_DATABASE_URL;
const redisUrl = process.env.DYAD_BENCH_REDIS_URL ?? process.env.DYAD_TEST_REDIS_URL;
if (process.argv.includes('--save-only')) {
  const batches = codedBatches();
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-save-'));
  const lite = openSqliteStore(join(dir, 'save.db'));
  await saveOnly('SQLite', [lite], batches);
  await lite.close();
  rmSync(dir, { recursive: true, force: true });
  if (dbUrl) {
    for (const savers of [1, 2]) {
      const url = await freshSchema(dbUrl, 'bench_save');
      const stores = await Promise.all(Array.from({ length: savers }, () => openPgStore(url)));
      await saveOnly(`PostgreSQL, ${savers} saver(s)`, stores, batches);
      for (const s of stores) await s.close();
    }
  }
  process.exit(0);
}
await sqlite(0);
await sqlite(1);
await sqlite(2);
await sqlite(2, true);
if (dbUrl && redisUrl) {
  await postgres(1, dbUrl, redisUrl);
  await postgres(2, dbUrl, redisUrl);
} else {
  console.log('PostgreSQL + BullMQ: skipped (set DYAD_BENCH_DATABASE_URL and DYAD_BENCH_REDIS_URL, or eval "$(scripts/test-services.sh start)")');
}
const best = results.map((l) => Number(l.split('articles/s')[0].trim().split(/\s+/).pop()?.replace(/,/g, ''))).reduce((a, b) => Math.max(a, b), 0);
if (best > 0) console.log(`a GDELT day (200,000 articles) at the best rate above: ${(200_000 / best / 60).toFixed(1)} min`);
