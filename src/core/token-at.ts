import { lowerBound } from './lower-bound.ts';
import type { Token } from './types.ts';

/** Index of the token that starts at `offset` (binary search over the article's tokens), or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const k = lowerBound(tokens, (t) => t.start, offset);
  return k < tokens.length && tokens[k].start === offset ? k : -1;
}
