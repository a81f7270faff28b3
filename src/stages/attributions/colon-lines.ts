import type { TextSpan } from '../../core/types.ts';
import { type AttributionContext, tokenSpan } from './attribution-context.ts';
import type { Np } from './speaker-span.ts';

/** A paragraph that opens with its speaker's name and a colon. */
export interface ColonLine {
  readonly speaker: Np;
  readonly cue: TextSpan;
  readonly cueToken: number;
  readonly content: TextSpan;
}

const MAX_NAME = 6;

/**
 * Transcripts and headlines name the speaker before a colon at the start of a paragraph:
 * 'PENCE: Well, look, we are going to win.' / 'Sanders: My campaign is not over'. The name is one to
 * six capitalised words (no digits, so '5:45 p.m.' is no speaker); what follows, to the paragraph's
 * end, is what was said.
 */
export function colonLines(ctx: AttributionContext): ColonLine[] {
  const { tokens } = ctx;
  const out: ColonLine[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && ctx.paragraph[i - 1] === ctx.paragraph[i]) continue;
    let first = i;
    // a transcript line may open with the quotation mark of the whole transcript
    if (/^["“]$/.test(tokens[first].text)) first++;
    let colon = -1;
    for (let k = first; k < Math.min(tokens.length, first + MAX_NAME + 1); k++) {
      if (ctx.paragraph[k] !== ctx.paragraph[i]) break;
      if (tokens[k].text === ':') {
        colon = k;
        break;
      }
      if (!/^[A-Z][A-Za-z.'’-]*$/.test(tokens[k].text) && !/^['’]s$/.test(tokens[k].text)) break;
    }
    if (colon <= first) continue;
    const words = tokens.slice(first, colon).map((t) => t.text);
    // 'Correction:', 'The Latest:', 'STAT OF THE WEEK:' are page furniture; a transcript name in capitals is one word
    if (words.some((w) => ctx.words.colonLabels.has(w.toLowerCase())) || (words.length > 1 && words.every((w) => w === w.toUpperCase()))) continue;
    // a headline (the first paragraph) or a transcript line, whose speaker is written in capitals
    const transcript = words.length === 1 && words[0].length > 1 && words[0] === words[0].toUpperCase();
    if (ctx.paragraph[i] !== 0 && !transcript) continue;
    let last = colon + 1;
    while (last < tokens.length && ctx.paragraph[last] === ctx.paragraph[i]) last++;
    let end = last;
    while (end > colon + 1 && /^[.!?"”]$/.test(tokens[end - 1].text) && !ctx.quoted[end - 1]) end--;
    if (end - colon < 3) continue;
    out.push({
      speaker: { first, last: colon, mention: ctx.startingAt.get(first) ?? null, pronoun: false },
      cue: tokenSpan(ctx, colon, colon + 1),
      cueToken: colon,
      content: tokenSpan(ctx, colon + 1, end),
    });
  }
  return out;
}
