// `npm run bench`: codes ../shared/corpus/news.jsonl end to end into a SQLite store on one core and
// prints sentences/s, articles/s and peak RSS, next to the floor of our own stack (wink-nlp
// tokenising and tagging the same text and nothing else). Also times loading the dictionaries, and
// how coding time grows with the size of pathological inputs (bench/scaling.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWinkNlp } from '../src/adapters/nlp/wink.ts';
import { openSqliteStore } from '../src/adapters/store/sqlite-store.ts';
import { createCoder, ROOT } from '../src/apps/create-coder.ts';
import { compileActorIndex } from '../src/dictionaries/actor-index.ts';
import { loadDictionaries } from '../src/dictionaries/load-dictionaries.ts';
import { compilePatternIndex } from '../src/dictionaries/pattern-index.ts';
import { scalingLines } from './scaling.ts';

const corpus = process.env.DYAD_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'news.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (set DYAD_CORPUS)`);
  process.exit(2);
}
const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const limit = Number(process.env.DYAD_BENCH_ARTICLES ?? articles.length);
const batch = articles.slice(0, limit).map((a) => ({ id: String(a.id), text: String(a.text), published: a.published, title: a.title, url: a.url }));
const mb = (b: number) => Math.round(b / 1048576);
let peak = process.memoryUsage().rss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);

// Dictionaries alone (issue: under 1 s and 150 MB), then everything the coder loads.
const nlpForLoad = createWinkNlp();
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const raw = loadDictionaries(join(ROOT, 'dictionaries'));
compileActorIndex(raw.actors, (p) => nlpForLoad.analyse(p).tokens.map((x) => x.text));
compilePatternIndex(raw.patterns, (p) => nlpForLoad.analyse(p).tokens.map((x) => x.lemma), raw.statements);
const dictMs = performance.now() - t;
const dictRss = process.memoryUsage().rss - rss0;
t = performance.now();
const coder = createCoder();
const loadMs = performance.now() - t;
const loadRss = process.memoryUsage().rss - rss0;

// Floor: wink-nlp alone over the same text. Both it and Dyad are timed twice: on the first pass
// (cold: V8 is still compiling the hot code, wink meets every word for the first time) and on a
// second pass over the same corpus (steady state: what a long-running ingest or server sees after
// its first few hundred articles; C++ coders such as TABARI have no such warm-up).
const nlp = createWinkNlp();
function floorPass(): { sentences: number; secs: number } {
  const t0 = performance.now();
  let n = 0;
  for (const a of batch) n += nlp.analyse(a.text).sentences.length;
  return { sentences: n, secs: (performance.now() - t0) / 1000 };
}
const floorCold = floorPass();
const floorWarm = floorPass();

// Dyad end to end into the store, each pass into a new store.
async function storePass(): Promise<{ sentences: number; events: number; secs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const t0 = performance.now();
  let sentences = 0;
  let events = 0;
  let pending = [];
  for (const a of batch) {
    const coded = coder.code(a);
    sentences += coded.sentences.length;
    events += coded.events.length;
    pending.push(coded);
    if (pending.length >= 200) {
      await store.saveArticles(pending, coder.fingerprint);
      pending = [];
    }
  }
  await store.saveArticles(pending, coder.fingerprint);
  const secs = (performance.now() - t0) / 1000;
  sample();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { sentences, events, secs };
}
const cold = await storePass();
const warm = await storePass();
clearInterval(timer);

const r = (x: number) => Math.round(x);
console.log(`corpus: ${corpus} (${batch.length} articles, ${warm.sentences} sentences)`);
console.log(`dictionaries (${raw.actors.length} actor entries, ${raw.patterns.length} patterns) load + compile: ${r(dictMs)} ms, +${mb(dictRss)} MB RSS`);
console.log(`whole coder (dictionaries again + gazetteer + codebook): ${r(loadMs)} ms, +${mb(loadRss)} MB RSS in all`);
const rate = (n: number, secs: number) => `${r(n / secs)} sentences/s, ${r(batch.length / secs)} articles/s`;
console.log(`wink floor, steady state: ${rate(floorWarm.sentences, floorWarm.secs)} (first pass: ${rate(floorCold.sentences, floorCold.secs)})`);
console.log(`dyad → store, steady state: ${rate(warm.sentences, warm.secs)}, ${warm.events} events, ${(100 * (floorWarm.secs / warm.secs)).toFixed(0)}% of the floor`);
console.log(`dyad → store, first pass (cold): ${rate(cold.sentences, cold.secs)}, ${(100 * (floorCold.secs / cold.secs)).toFixed(0)}% of the floor`);
console.log(`peak RSS: ${mb(peak)} MB`);
for (const line of scalingLines(coder)) console.log(line);
