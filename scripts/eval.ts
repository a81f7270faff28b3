// `npm run eval`: codes every development set in ../shared/eval (and the founding example and the
// challenge cases) with the default pipeline, scores each with ../shared/eval/score.mjs, prints one table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder, ROOT } from '../src/apps/create-coder.ts';
import type { ArticleInput } from '../src/core/types.ts';

const SHARED = process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared');
const score = join(SHARED, 'eval', 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${score} not found (set DYAD_SHARED to the shared folder)`);
  process.exit(2);
}
const coder = createCoder();
const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function codeAll(name: string, inputs: ArticleInput[]): string {
  const out = join(dir, `${name}.jsonl`);
  writeFileSync(out, inputs.map((i) => JSON.stringify(coder.code(i))).join('\n') + '\n');
  return out;
}
const asInput = (r: { id: string; text: string; published?: string }): ArticleInput => ({ id: String(r.id), text: r.text, published: r.published });

const seedText = readFileSync(join(SHARED, 'examples', 'belarus-2020-08.txt'), 'utf8');
const sets: [string, string, string][] = [
  ['seed', join(SHARED, 'examples', 'belarus-2020-08.gold.json'), codeAll('seed', [{ id: 'belarus-2020-08', text: seedText, published: '2020-08-16' }])],
  ['challenge', join(SHARED, 'examples', 'challenge.jsonl'), codeAll('challenge', readJsonl(join(SHARED, 'examples', 'challenge.jsonl')).map(asInput))],
];
for (const [set, file] of [['plover', 'plover_gsr.jsonl'], ['ipe', 'ipe_dev.jsonl'], ['case', 'case2021_dev.jsonl'], ['polnear', 'polnear_dev.jsonl']]) {
  const gold = join(SHARED, 'eval', file);
  sets.push([set, gold, codeAll(set, readJsonl(gold).map(asInput))]);
}

const rows: [string, string, string][] = [];
const results: Record<string, unknown> = {};
for (const [set, gold, sys] of sets) {
  const r = spawnSync(process.execPath, [score, set, gold, sys, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) {
    rows.push([set, 'error', r.stderr.trim().split('\n')[0]]);
    continue;
  }
  const json = JSON.parse(r.stdout);
  results[set] = json;
  for (const [k, v] of Object.entries(json)) {
    if (k === 'set' || Array.isArray(v)) continue;
    rows.push([set, k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  }
}
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`Dyad ${coder.fingerprint}\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
const outFile = process.env.DYAD_EVAL_JSON;
if (outFile) writeFileSync(outFile, JSON.stringify({ fingerprint: coder.fingerprint, results }, null, 1));
if (process.argv.includes('--failures')) {
  for (const [set, r] of Object.entries(results)) {
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) if (Array.isArray(v) && v.length) console.log(`\n# ${set} ${k}\n${v.join('\n')}`);
  }
}
