import type { Mention, Sentence, TextSpan, Token } from '../../core/types.ts';
import type { AttributionWords } from '../../dictionaries/attribution-words.ts';

/** What the attribution rules read: the layers plus the mentions indexed by their first and last token. */
export interface AttributionContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly sentences: readonly Sentence[];
  /** the longest mention starting at a token */
  readonly startingAt: ReadonlyMap<number, Mention>;
  /** the longest mention ending just before a token (its `last`) */
  readonly endingAt: ReadonlyMap<number, Mention>;
  /** token index → 1 inside a quotation (marks included) */
  readonly quoted: Uint8Array;
  /** token index → paragraph number (a line break starts a paragraph) */
  readonly paragraph: Int32Array;
  /** the word lists of dictionaries/attributions/, compiled by the coder */
  readonly words: AttributionWords;
}

export function attributionContext(tokens: readonly Token[], text: string, mentions: readonly Mention[], sentences: readonly Sentence[], words: AttributionWords): AttributionContext {
  const startingAt = new Map<number, Mention>();
  const endingAt = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.locative || m.modifier) continue;
    const a = startingAt.get(m.first);
    if (!a || a.last < m.last) startingAt.set(m.first, m);
    const b = endingAt.get(m.last);
    if (!b || b.first > m.first) endingAt.set(m.last, m);
  }
  const paragraph = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && text.slice(tokens[i - 1].end, tokens[i].start).includes('\n')) p++;
    paragraph[i] = p;
  }
  return { tokens, text, mentions, sentences, startingAt, endingAt, quoted: new Uint8Array(tokens.length), paragraph, words };
}

/** The text span of tokens [first, last). */
export function tokenSpan(ctx: AttributionContext, first: number, last: number): TextSpan {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}
