// Bugs the fuzz suite found that are not fixed yet. Each has a regression test of the same name in
// regressions.test.ts, marked `it.fails` until the fix lands. The fuzz properties set the problems
// these explain aside (and count them) so that a new bug still fails the suite.
// When a bug is fixed: delete its entry here and the `.fails` of its regression test.
import type { CodedArticle } from '../../src/core/types.ts';

export interface KnownBug {
  /** the regression test's name */
  readonly name: string;
  /** whether `problem`, found in `out` (null when coding threw), is this bug */
  matches(problem: string, out: CodedArticle | null): boolean;
}

// Found and since fixed (their regression tests are plain tests now): an invalid published date
// passed through to the article and its events; the implied protester source with text
// "protesters" over another word; event dates after 9999-12-31 written as "+010000-01"; a sentence
// with 123,000 place names overflowing the stack; wink-nlp tokenizing a text differently the first
// time it saw its words (its lexicon grew and its tokenizer read it).
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** The known bug that explains `problem`, if any. */
export function knownBugOf(problem: string, out: CodedArticle | null): KnownBug | undefined {
  return KNOWN_BUGS.find((b) => b.matches(problem, out));
}
