// Property-based tests over the real coder, with a fixed seed so that a failure replays. Each
// arbitrary of arbitraries.ts gets its share of CASES; `npm run fuzz` runs the same properties
// over 100,000 cases with a random seed. Known, unfixed bugs are set aside (known-bugs.ts) and
// counted; anything else fails here with fast-check's shrunk counterexample.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCoder } from '../helpers/coder.ts';
import { fuzzArbitraries, runsFor } from './arbitraries.ts';
import { checkCase, MAX_MS_PER_KB, showInput } from './properties.ts';

const SEED = 20_200_816;
const CASES = 2_000;

let cases = 0;
let maxMsPerKb = 0;
const known = new Map<string, number>();

describe('coding arbitrary input (fast-check, fixed seed)', () => {
  const coder = fuzzCoder();

  it.each(fuzzArbitraries.map((a) => [a.name, a] as const))('%s: never throws, keeps the contract, is deterministic and fast', (_name, a) => {
    fc.assert(
      fc.property(a.arb, (input) => {
        const r = checkCase(coder, input);
        cases++;
        if (r.msPerKb !== null) maxMsPerKb = Math.max(maxMsPerKb, r.msPerKb);
        for (const k of r.known) known.set(k, (known.get(k) ?? 0) + 1);
        expect(r.problems, showInput(input)).toEqual([]);
      }),
      { seed: SEED, numRuns: runsFor(a, CASES) },
    );
  });

  it(`ran at least 1,000 cases, none slower than ${MAX_MS_PER_KB} ms/KB from 16 KB on`, () => {
    expect(cases).toBeGreaterThanOrEqual(1_000);
  });

  afterAll(() => {
    const bugs = [...known].map(([name, n]) => `\n  known bug, ${n} case(s): ${name}`).join('');
    console.log(`fuzz: ${cases} cases, seed ${SEED}, max ${maxMsPerKb.toFixed(2)} ms/KB (inputs of 4 KB and more)${bugs}`);
  });
});
