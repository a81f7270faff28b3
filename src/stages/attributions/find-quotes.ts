import type { Token } from '../../core/types.ts';
import { CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTE } from './cues.ts';

/** A quoted stretch: tokens of the opening and closing marks. */
export interface Quote {
  readonly open: number;
  readonly close: number;
}

/**
 * Pairs quotation marks. Typographic marks open and close explicitly; straight quotes toggle,
 * and a paragraph break resets them (a quote that runs on into the next paragraph reopens there).
 */
export function findQuotes(tokens: readonly Token[], text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openStraight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (open >= 0 && i > 0 && text.slice(tokens[i - 1].end, t.start).includes('\n')) open = -1;
    if (t.text === STRAIGHT_QUOTE) {
      if (open >= 0 && openStraight) {
        if (i - open > 1) quotes.push({ open, close: i });
        open = -1;
      } else if (open < 0) {
        open = i;
        openStraight = true;
      }
    } else if (OPEN_QUOTES.has(t.text) && (open < 0 || !CLOSE_QUOTES.has(t.text))) {
      open = i;
      openStraight = false;
    } else if (CLOSE_QUOTES.has(t.text) && open >= 0) {
      if (i - open > 1) quotes.push({ open, close: i });
      open = -1;
    }
  }
  return quotes;
}
