import { isAsciiDigit, isAsciiLetter } from '../../core/ascii-class.ts';
import type { Token } from '../../core/types.ts';
import { CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTE } from './cues.ts';

/** A quoted stretch: the last token of the opening mark and the first token of the closing one. */
export interface Quote {
  readonly open: number;
  readonly close: number;
}

type Mark = { kind: 'straight' | 'open' | 'close' | 'both'; first: number; last: number };

/** Quote marks as written: '"', '“', '”', and the typewriter pairs '' and `` of wire and NYT copy. */
function marks(tokens: readonly Token[]): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    // every quote mark is a punctuation character: words and numbers are passed over at once
    const c = t.charCodeAt(0);
    if (isAsciiLetter(c) || isAsciiDigit(c)) continue;
    const next = tokens[i + 1];
    const doubled = next !== undefined && next.text === t && next.start === tokens[i].end;
    if (t === STRAIGHT_QUOTE) out.push({ kind: 'straight', first: i, last: i });
    else if ((t === "'" || t === '’') && doubled) out.push({ kind: 'straight', first: i, last: ++i });
    else if ((t === '`' || t === '‘') && doubled) out.push({ kind: 'open', first: i, last: ++i });
    else if (OPEN_QUOTES.has(t) && CLOSE_QUOTES.has(t)) out.push({ kind: 'both', first: i, last: i });
    else if (OPEN_QUOTES.has(t)) out.push({ kind: 'open', first: i, last: i });
    else if (CLOSE_QUOTES.has(t)) out.push({ kind: 'close', first: i, last: i });
  }
  return out;
}

/**
 * Pairs quotation marks. Typographic marks open and close explicitly; straight quotes toggle,
 * and a paragraph break resets them (a quote that runs on into the next paragraph reopens there).
 */
export function findQuotes(tokens: readonly Token[], text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: Mark | null = null;
  for (const m of marks(tokens)) {
    if (open && text.slice(tokens[open.last].end, tokens[m.first].start).includes('\n\n')) open = null;
    const closes = open !== null && (m.kind === 'close' || m.kind === 'both' || (m.kind === 'straight' && open.kind === 'straight') || (m.kind === 'straight' && open.kind === 'open'));
    if (closes && open) {
      if (m.first - open.last > 1) quotes.push({ open: open.last, close: m.first });
      open = null;
    } else if (m.kind !== 'close') open = m;
  }
  return quotes;
}
