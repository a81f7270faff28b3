// `npm run bench:api [-- --events 1000000] [--db .tmp/bench-api.db] [--reuse] [--runs 200]`:
// builds a SQLite store of synthetic events (seeded; 10 events per article over two years) and
// reports p50/p99 latency of the main API queries, each request through the Hono app in process
// (validation, SQL, JSON; no socket). Goal: p99 < 50 ms at 1M events.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/adapters/store/sqlite-store.ts';
import { createApi } from '../src/apps/api/index.ts';
import { COUNTRIES, rng, syntheticArticles } from './synthetic-events.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    db: { type: 'string', default: '.tmp/bench-api.db' },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '200' },
  },
});
const EVENTS = Number(values.events);
const PER_ARTICLE = 10;
const DAYS = 730;
const FIRST = '2023-01-01';
const RUNS = Number(values.runs);
const path = values.db as string;

async function build(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  const store = openSqliteStore(path);
  const t = performance.now();
  let n = 0;
  for (const batch of syntheticArticles({ articles: Math.ceil(EVENTS / PER_ARTICLE), eventsPerArticle: PER_ARTICLE, days: DAYS, firstDay: FIRST })) {
    await store.saveArticles(batch, 'dyad@bench');
    n += batch.length * PER_ARTICLE;
    if (process.stderr.isTTY) process.stderr.write(`\r  ${n.toLocaleString()} events`);
  }
  await store.close(); // runs PRAGMA optimize (planner statistics)
  const s = (performance.now() - t) / 1000;
  console.log(`built ${n.toLocaleString()} events in ${s.toFixed(1)} s (${Math.round(n / s).toLocaleString()} events/s), ${(statSync(path).size / 2 ** 20).toFixed(0)} MB`);
}

const day = (r: () => number) => new Date(Date.parse(`${FIRST}T00:00:00Z`) + Math.floor(r() * (DAYS - 31)) * 86_400_000).toISOString().slice(0, 10);
const plus = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)];
const month = (r: () => number) => {
  const from = day(r);
  return `from=${from}&to=${plus(from, 30)}`;
};
const WORDS = ['talks', 'border', 'troops', 'sanctions', 'ceasefire', 'pipeline', 'embassy'];
const RARE = COUNTRIES.slice(20);

/** name → a request path drawn at random for each run */
const QUERIES: [string, (r: () => number) => string][] = [
  ['events, first page', () => '/api/events?limit=100'],
  ['events by actor prefix', (r) => `/api/events?actor=${pick(r, COUNTRIES)}&limit=100`],
  ['events by rare actor + month', (r) => `/api/events?actor=${pick(r, RARE)}&${month(r)}&limit=100`],
  ['events by source+target', (r) => `/api/events?source=${pick(r, COUNTRIES)}&target=${pick(r, COUNTRIES)}&limit=100`],
  ['events by root + country', (r) => `/api/events?root=${pick(r, ['14', '17', '19'])}&country=${pick(r, COUNTRIES)}&limit=100`],
  ['events by quad class + month', (r) => `/api/events?quadClass=${1 + Math.floor(r() * 4)}&${month(r)}&limit=100`],
  ['events claimed by + modality', (r) => `/api/events?claimedBy=${pick(r, COUNTRIES)}&modality=reported&limit=100`],
  ['events in a bounding box', (r) => { const w = Math.floor(r() * 300) - 170; const s = Math.floor(r() * 100) - 50; return `/api/events?bbox=${w},${s},${w + 20},${s + 15}&limit=100`; }],
  ['events full text', (r) => `/api/events?q=${pick(r, WORDS)}&limit=100`],
  ['events full text + actor', (r) => `/api/events?q=${pick(r, WORDS)}&actor=${pick(r, COUNTRIES)}&limit=100`],
  ['one event (with cluster)', (r) => `/api/events/s${Math.floor(r() * (EVENTS / PER_ARTICLE)).toString(36).padStart(6, '0')}%3A${Math.floor(r() * PER_ARTICLE)}`],
  ['one article', (r) => `/api/articles/s${Math.floor(r() * (EVENTS / PER_ARTICLE)).toString(36).padStart(6, '0')}`],
  ['counts per day, one month', (r) => `/api/aggregates/counts?period=day&by=quad_class&${month(r)}`],
  ['counts per week by root, one actor', (r) => `/api/aggregates/counts?period=week&by=root&actor=${pick(r, RARE)}`],
  ['Goldstein per week, dyad', (r) => `/api/aggregates/goldstein?period=week&source=${pick(r, COUNTRIES)}&target=${pick(r, COUNTRIES)}`],
  ['top dyads, one month', (r) => `/api/aggregates/dyads?codeLength=3&${month(r)}`],
  ['places, one month', (r) => `/api/aggregates/places?${month(r)}`],
  ['actors by prefix', (r) => `/api/actors?prefix=${pick(r, RARE)}`],
];

/** Whole-store scans: reported for scale, not part of the p99 goal. */
const SCANS: [string, (r: () => number) => string][] = [
  ['counts per week, whole store', () => '/api/aggregates/counts?period=week'],
  ['top dyads, whole store', () => '/api/aggregates/dyads?codeLength=3'],
  ['actors, whole store', () => '/api/actors?limit=100'],
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(app: ReturnType<typeof createApi>, name: string, make: (r: () => number) => string, runs: number) {
  const r = rng(7);
  for (let i = 0; i < 5; i++) await (await app.request(make(r))).arrayBuffer(); // warm-up
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const url = make(r);
    const t = performance.now();
    const res = await app.request(url);
    const body = await res.text();
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
    rows += body.length;
  }
  times.sort((a, b) => a - b);
  return { name, p50: pct(times, 50), p99: pct(times, 99), max: times[times.length - 1], kb: rows / runs / 1024 };
}

async function main(): Promise<void> {
  if (!values.reuse || !existsSync(path)) await build();
  const store = openSqliteStore(path);
  const stats = await store.stats();
  console.log(`store ${path}: ${stats.articles.toLocaleString()} articles, ${stats.events.toLocaleString()} events; ${RUNS} runs per query\n`);
  const app = createApi({ store, log: () => undefined });
  const line = (m: Awaited<ReturnType<typeof measure>>, goal: boolean) =>
    console.log(`| ${m.name} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.max.toFixed(1)} | ${m.kb.toFixed(0)} |${goal ? (m.p99 < 50 ? ' ✓' : ' ✗') : ' –'} |`);
  console.log('| query | p50 ms | p99 ms | max ms | KB/response | p99 < 50 ms |\n|---|---|---|---|---|---|');
  let worst = 0;
  for (const [name, make] of QUERIES) {
    const m = await measure(app, name, make, RUNS);
    worst = Math.max(worst, m.p99);
    line(m, true);
  }
  for (const [name, make] of SCANS) line(await measure(app, name, make, Math.max(5, Math.floor(RUNS / 20))), false);
  console.log(`\nworst p99 of the main queries: ${worst.toFixed(1)} ms (goal < 50 ms)`);
  await store.close();
}

await main();
