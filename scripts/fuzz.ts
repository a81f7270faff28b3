// `npm run fuzz`: the properties of test/fuzz/coder.fuzz.test.ts over many more cases.
//   DYAD_FUZZ_RUNS  total cases (default 100000), shared among the arbitraries of test/fuzz/arbitraries.ts
//   DYAD_FUZZ_SEED  seed (default: random, printed first so that a failure can be replayed)
//   DYAD_FUZZ_ONLY  run only the arbitraries whose name contains this
// Every case is checked; each distinct problem is then replayed with the same seed and shrunk to a
// minimal input. Exit status 1 when anything failed.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ArticleInput } from '../src/core/types.ts';
import { fuzzArbitraries, runsFor } from '../test/fuzz/arbitraries.ts';
import { checkCase, showInput } from '../test/fuzz/properties.ts';
import { fuzzCoder } from '../test/helpers/coder.ts';

const total = Number(process.env.DYAD_FUZZ_RUNS ?? 100_000);
const seed = process.env.DYAD_FUZZ_SEED ? Number(process.env.DYAD_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const only = process.env.DYAD_FUZZ_ONLY;
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error('DYAD_FUZZ_RUNS must be a positive integer and DYAD_FUZZ_SEED an integer');
  process.exit(2);
}
console.log(`fuzz: seed ${seed} (replay with DYAD_FUZZ_SEED=${seed} DYAD_FUZZ_RUNS=${total})`);

const coder = fuzzCoder();
coder.code({ id: 'warm-up', text: 'Russia accused Belarus on Sunday.', published: '2020-08-16' });

/** A problem without its numbers and quoted text, so that one bug counts once. */
const signature = (problem: string) => problem.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+(\.\d+)?/g, 'N');

interface Found {
  readonly arbitrary: string;
  readonly index: number;
  readonly problem: string;
  /** the first input that showed it, as JSON (the whole text: it may not replay without it) */
  readonly input: string;
  count: number;
}

const started = performance.now();
let cases = 0;
let failedCases = 0;
let maxMsPerKb = 0;
let maxAt = '';
const found = new Map<string, Found>();
const known = new Map<string, number>();
let lastReport = performance.now();

for (const a of fuzzArbitraries) {
  if (only && !a.name.includes(only)) continue;
  const runs = runsFor(a, total);
  const t0 = performance.now();
  let index = 0;
  let failedHere = 0;
  fc.check(
    fc.property(a.arb, (input: ArticleInput) => {
      const r = checkCase(coder, input);
      cases++;
      if (r.msPerKb !== null && r.msPerKb > maxMsPerKb) {
        maxMsPerKb = r.msPerKb;
        maxAt = `${a.name}, ${input.text.length} chars`;
      }
      for (const k of r.known) known.set(k, (known.get(k) ?? 0) + 1);
      if (r.problems.length) {
        failedCases++;
        failedHere++;
        for (const p of r.problems) {
          const key = signature(p);
          const f = found.get(key);
          if (f) f.count++;
          else found.set(key, { arbitrary: a.name, index, problem: p, input: JSON.stringify(input), count: 1 });
        }
      }
      index++;
      if (performance.now() - lastReport > 30_000) {
        lastReport = performance.now();
        console.log(`  … ${cases} cases, ${failedCases} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  console.log(`${a.name}: ${runs} cases, ${failedHere} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const seconds = (performance.now() - started) / 1000;
console.log(`\ncases run: ${cases}`);
console.log(`failures: ${failedCases} case(s), ${found.size} distinct problem(s)`);
console.log(`max ms/KB: ${maxMsPerKb.toFixed(2)} (${maxAt || 'no input long enough'})`);
console.log(`time: ${seconds.toFixed(0)} s`);
for (const [name, n] of known) console.log(`known bug (set aside, see test/fuzz/known-bugs.ts): ${n} case(s): ${name}`);

// Replays each distinct problem with the same seed up to the case that showed it, and shrinks it.
let shown = 0;
for (const f of found.values()) {
  if (shown++ >= 12) {
    console.log(`(${found.size - 12} more problem(s) not shrunk)`);
    break;
  }
  const a = fuzzArbitraries.find((x) => x.name === f.arbitrary)!;
  const sig = signature(f.problem);
  // timing does not replay exactly: any slowness counts as the same problem
  const same = (p: string) => (f.problem.startsWith('slow: ') ? p.startsWith('slow: ') : signature(p) === sig);
  const replay = fc.check(
    fc.property(a.arb, (input: ArticleInput) => !checkCase(coder, input).problems.some(same)),
    { seed, numRuns: f.index + 1 },
  );
  console.log(`\n[${f.arbitrary}] ×${f.count}: ${f.problem}`);
  const minimal = replay.counterexample?.[0];
  if (minimal) console.log(`  minimal input: ${showInput(minimal, 600)}`);
  else {
    // it depends on what was coded before: keep the input whole for a hand-made reproduction
    const file = join(tmpdir(), `dyad-fuzz-${seed}-${shown}.json`);
    writeFileSync(file, f.input);
    console.log(`  did not reproduce on its own (it depends on earlier inputs); the input is in ${file}: ${f.input.slice(0, 300)}`);
  }
}
process.exit(failedCases ? 1 : 0);
