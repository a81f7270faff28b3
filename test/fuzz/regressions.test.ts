// Bugs the fuzz suite found, each named after the bug, with its minimal input. A test marked
// `it.fails` is a bug not fixed yet: it passes while the bug is there. When the fix lands, the test
// fails: remove `.fails` and the bug's entry in known-bugs.ts.
// The performance bugs take minutes while they last, so they only run with DYAD_SLOW_REGRESSIONS=1.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/core/types.ts';
import { testCoder } from '../helpers/coder.ts';
import { contractProblems } from './contract-check.ts';
import { MAX_MS_PER_KB } from './properties.ts';

const coder = testCoder();
const problemsOf = (input: ArticleInput) => contractProblems(coder.code(input));
const slow = !process.env.DYAD_SLOW_REGRESSIONS;
const HERE = dirname(fileURLToPath(import.meta.url));

describe('fuzz regressions', () => {
  it.fails.each(['2020-13-45', '0000-00-00', '2021-02-29', '+275760-09-13', '10000-01-01'])(
    'an invalid published date is passed through to the article and its events (published %s)',
    (published) => {
      // published must come out as a real YYYY-MM-DD day or null, and events must not take it as their date
      expect(problemsOf({ id: 'r1', text: 'Russia urged Belarus to talk.', published })).toEqual([]);
    },
  );

  it.fails('the implied protester source has text "protesters" over another word', () => {
    // source {start: 0, end: 8, text: "protesters"} while text.slice(0, 8) is "Protests"
    expect(problemsOf({ id: 'r2', text: 'Protests continued in Belarus.', published: '2020-08-16' })).toEqual([]);
  });

  it.fails('an event date after 9999-12-31 is written as "+010000-01"', () => {
    expect(problemsOf({ id: 'r3', text: 'Russia signed an agreement with Ukraine tomorrow.', published: '9999-12-31' })).toEqual([]);
  });

  // In a plain Node process (the CLI, the API) it throws within a second. vitest's worker threads
  // have a larger stack, hence the child process. With only the spread fixed, it would run into the
  // O(places × cues) choosePlace loop instead (80 s at this size) and time out.
  it.fails('a sentence with 123,000 place names overflows the stack', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'code-in-child.ts'), 'Russia ', '123300'], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stdout.trim()).toBe('ok');
  });
});

/** ms per 1,024 UTF-16 units of coding `text` */
function msPerKb(text: string): number {
  const t = performance.now();
  coder.code({ id: 'slow', text, published: '2020-08-16' });
  return (performance.now() - t) / (text.length / 1024);
}

describe('fuzz regressions: time (DYAD_SLOW_REGRESSIONS=1)', () => {
  // wink-nlp's readDoc is quadratic in the length of a token without spaces: 64 K of "a" takes 2 s,
  // 256 K 31 s, so a 1 MB base64 blob or run of dashes takes many minutes.
  it.skipIf(slow)('wink-nlp tokenizing is quadratic in the length of an unbroken token', { timeout: 3_600_000 }, () => {
    expect(msPerKb('a'.repeat(1 << 20))).toBeLessThanOrEqual(MAX_MS_PER_KB);
  });

  // Stages look up a sentence's mentions, dates, places and cues by scanning the whole article's
  // layer: 117 KB of news codes at ~5 ms/KB, 469 KB at ~33, 940 KB at 60 or more.
  it.skipIf(slow)('coding time grows with the square of the number of sentences', { timeout: 3_600_000 }, () => {
    expect(msPerKb('Russia attacked Ukraine on Sunday in Kyiv, officials said. '.repeat(16_000))).toBeLessThanOrEqual(MAX_MS_PER_KB);
  });

  // One sentence with no full stop: 96 KB takes 6.6 s, 192 KB 45 s.
  it.skipIf(slow)('coding time grows faster than the square of the length of one sentence', { timeout: 3_600_000 }, () => {
    expect(msPerKb('Russia attacked Ukraine '.repeat(8_000))).toBeLessThanOrEqual(MAX_MS_PER_KB);
  });
});
