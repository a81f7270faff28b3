// Bugs the fuzz suite found that are not fixed yet. Each has a regression test of the same name in
// regressions.test.ts, marked `it.fails` until the fix lands. The fuzz properties set the problems
// these explain aside (and count them) so that a new bug still fails the suite.
// When a bug is fixed: delete its entry here and the `.fails` of its regression test.
import { z } from 'zod';
import type { CodedArticle } from '../../src/core/types.ts';

export interface KnownBug {
  /** the regression test's name */
  readonly name: string;
  /** whether `problem`, found in `out` (null when coding threw), is this bug */
  matches(problem: string, out: CodedArticle | null): boolean;
}

const validIsoDate = (s: string | null) => s === null || z.iso.date().safeParse(s).success;

export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    // makeMeta keeps any "dddd-dd-dd" prefix ("2020-13-45", "0000-00-00") and Date.parse output past
    // year 9999 ("+275760-09-13" → "+275760-09"); events then take it as their 'publication' date.
    name: 'an invalid published date is passed through to the article and its events',
    matches: (p, out) => out !== null && !validIsoDate(out.published) && /^(published|events\.\d+\.date): /.test(p),
  },
  {
    // candidates-stage: a protest noun with no source gets {text: 'protesters'} over the noun's span.
    name: 'the implied protester source has text "protesters" over another word',
    matches: (p) => /^events\[\d+\]\.source: text "protesters" ≠ /.test(p),
  },
  {
    // date-arith dayToIso: "tomorrow" from 9999-12-31 is new Date(…).toISOString().slice(0, 10) = "+010000-01"
    name: 'an event date after 9999-12-31 is written as "+010000-01"',
    matches: (p, out) => {
      const m = /^events\.(\d+)\.date: /.exec(p);
      return m !== null && /^[+-]/.test(out?.events[Number(m[1])]?.date ?? '');
    },
  },
  {
    // places-stage: matches.push(...findPlaces(…)) spreads one sentence's matches as arguments. Fixing
    // only that line turns the crash into a hang: choosePlace is O(places × cues) over the article.
    name: 'a sentence with 123,000 place names overflows the stack',
    matches: (p, out) => out === null && p === 'coding threw RangeError: Maximum call stack size exceeded',
  },
];

/** The known bug that explains `problem`, if any. */
export function knownBugOf(problem: string, out: CodedArticle | null): KnownBug | undefined {
  return KNOWN_BUGS.find((b) => b.matches(problem, out));
}
