import type { Stage } from '../../core/stage.ts';
import type { ActorRef, Attribution, TextSpan } from '../../core/types.ts';
import type { AttributionWords } from '../../dictionaries/attribution-words.ts';
import { type AttributionContext, attributionContext, tokenSpan } from './attribution-context.ts';
import { findQuoteSpeaker, type QuoteFind } from './direct-quotes.ts';
import { colonLines } from './colon-lines.ts';
import { cueAt } from './cue-at.ts';
import { findQuotes } from './find-quotes.ts';
import { indirectSpeech } from './indirect-speech.ts';
import { type Np, speakerBefore } from './speaker-span.ts';
import { speakerRef } from './resolve-speaker.ts';
import { lowerBound } from '../../core/lower-bound.ts';

/** How many paragraphs back a quotation with no cue of its own looks for its speaker. */
const PARAGRAPHS_BACK = 2;

const contains = (a: TextSpan, b: TextSpan) => a.start <= b.start && b.end <= a.end;

/**
 * Direct quotes with their speakers, then indirect speech, then the quotations that name no
 * speaker: inside someone's reported words they are part of them; right after a quote of the same
 * paragraph ('“…,” he said. “…”') they continue it; otherwise they are the last speaker's.
 */
function attribute(ctx: AttributionContext): Attribution[] {
  const { tokens } = ctx;
  const quotes = findQuotes(tokens, ctx.text);
  for (const q of quotes) for (let k = q.open; k <= q.close; k++) ctx.quoted[k] = 1;
  const speakers: ActorRef[] = [];
  const finds = quotes.map((q) => findQuoteSpeaker(ctx, q));
  const usedCues = new Set<number>();
  for (const f of finds) if (f.speaker) usedCues.add(f.cueToken);

  // who spoke last before token k in its paragraph: '“What a Super Tuesday!” and said that …'
  const spoken: { at: number; np: Np }[] = finds.filter((f) => f.speaker).map((f) => ({ at: f.cueToken, np: f.speaker! }));
  let pointer = 0;
  const previousSpeaker = (k: number): Np | null => {
    while (pointer + 1 < spoken.length && spoken[pointer + 1].at < k) pointer++;
    while (pointer > 0 && spoken[pointer].at >= k) pointer--;
    const p = spoken[pointer];
    return p && p.at < k && ctx.paragraph[p.at] === ctx.paragraph[k] ? p.np : null;
  };
  const indirect: Attribution[] = [];
  for (const s of ctx.sentences) {
    for (const f of indirectSpeech(ctx, s, usedCues, previousSpeaker)) {
      const speaker = f.speaker ? speakerRef(ctx, f.speaker, speakers) : null;
      if (speaker) speakers.push(speaker);
      indirect.push({ speaker, cue: f.cue, content: f.content, direct: false, sentence: s.index });
    }
  }

  const out: Attribution[] = [];
  let last: { a: Attribution; find: QuoteFind } | null = null;
  const bySentence = new Map<number, Attribution[]>();
  for (const a of indirect) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
  const namedIndirect = indirect.filter((a) => a.speaker).sort((a, b) => a.content.start - b.content.start);
  let lastDirect: Attribution | null = null;
  for (const f of finds) {
    const q = f.quote;
    const sentence = tokens[q.open].sentence;
    // '“My hope,” he said, “is that …”': one statement split around its cue
    const before = last as { a: Attribution; find: QuoteFind } | null;
    if (f.speaker && before && before.find.cueToken === f.cueToken && before.find.cueToken > before.find.quote.close && f.cueToken < q.open) {
      const merged: Attribution = { ...before.a, content: { start: before.a.content.start, end: f.content.end, text: ctx.text.slice(before.a.content.start, f.content.end) } };
      out[out.indexOf(before.a)] = merged;
      lastDirect = merged;
      last = { a: merged, find: { ...before.find, quote: { open: before.find.quote.open, close: q.close } } };
      continue;
    }
    if (f.speaker) {
      const a: Attribution = { speaker: speakerRef(ctx, f.speaker, speakers), cue: f.cue, content: f.content, direct: true, sentence };
      speakers.push(a.speaker!);
      out.push(a);
      lastDirect = a;
      last = { a, find: f };
      continue;
    }
    // part of someone's reported words: 'said that he has “expanded the party,”'
    if ((bySentence.get(sentence) ?? []).some((x) => contains(x.content, f.content))) continue;
    // a short quoted phrase that is not a statement ("scare quotes"), a title ("Orange is the New Black")
    if (q.close - q.open < 4 && !tokens.slice(q.open, q.close).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    if (titleCase(ctx, q)) continue;
    // a phrase quoted inside a clause ('Blige sings Springsteen’s “American Skin”', 'pounding Trump as a “con
    // artist”') is the words of the clause's subject
    if (phraseInClause(ctx, q)) {
      // (one or two quoted words are a scare quote or a label: 'called the vote “totally rigged”')
      const words = tokens.slice(q.open + 1, q.close).filter((t) => /^[A-Za-z0-9]/.test(t.text)).length;
      const np = words > 2 ? clauseSubject(ctx, q.open) : null;
      if (!np) continue;
      const a: Attribution = { speaker: speakerRef(ctx, np.np, speakers), cue: tokenSpan(ctx, np.cue, np.cue + 1), content: f.content, direct: true, sentence };
      out.push(a);
      last = null;
      continue;
    }
    // '“…,” he said. “…”': the same speaker goes on in the same paragraph
    if (last && ctx.paragraph[last.find.quote.close] === ctx.paragraph[q.open] && last.find.cueToken > last.find.quote.close && last.find.cueToken < q.open) {
      const merged: Attribution = { ...last.a, content: { start: last.a.content.start, end: f.content.end, text: ctx.text.slice(last.a.content.start, f.content.end) } };
      out[out.indexOf(last.a)] = merged;
      last = { a: merged, find: { ...last.find, quote: { open: last.find.quote.open, close: q.close }, cueToken: last.find.cueToken } };
      continue;
    }
    // a quotation that a report of its sentence reaches into is that speaker's: 'Sanders is pledging to “win
    // many hundreds of delegates” this spring'
    const overlapping = (bySentence.get(sentence) ?? []).filter((x) => x.speaker && x.content.start < f.content.end && f.content.start < x.content.end);
    if (overlapping.length) {
      const x = overlapping[overlapping.length - 1];
      const a: Attribution = { speaker: x.speaker, cue: x.cue, content: f.content, direct: true, sentence };
      out.push(a);
      lastDirect = a;
      last = null;
      continue;
    }
    // otherwise the most recent speaker of the last paragraphs
    const at = tokens[q.open].start;
    const lastIndirect = namedIndirect[lastStartingBefore(namedIndirect, at)] ?? null;
    const host = [lastIndirect, lastDirect].filter((x): x is Attribution => !!x && ctx.paragraph[q.open] - paragraphOf(ctx, x.content.start) <= PARAGRAPHS_BACK).sort((x, y) => x.content.start - y.content.start).pop() ?? null;
    // ('Clinton restricted comments about breaking up banks. ¶ “If any bank can’t be managed, …”': the named subject of
    // the sentence right before the quotation, when it comes after the last speaker)
    const prior = sentence > 0 ? ctx.sentences[sentence - 1] : null;
    const subject = prior && ctx.paragraph[q.open] - ctx.paragraph[prior.first] <= 1 ? mainSubject(ctx, prior) : null;
    const named = subject && (!host?.speaker || (host.cue ?? host.content).start < tokens[subject.first].start);
    const speaker = named ? speakerRef(ctx, subject, speakers) : (host?.speaker ?? null);
    const a: Attribution = { speaker, cue: named ? null : (host?.cue ?? null), content: f.content, direct: true, sentence };
    out.push(a);
    if (a.speaker) lastDirect = a;
    last = null;
  }
  out.push(...indirect);
  // 'PENCE: Well, look, …': a transcript line or a headline with its speaker
  for (const line of colonLines(ctx)) {
    if (out.some((a) => a.content.start === line.content.start && a.content.end === line.content.end)) continue;
    // what the speaker of a transcript line reports inside it is part of the line ('PENCE: I think his tweet …')
    for (let j = out.length - 1; j >= 0; j--) if (!out[j].direct && out[j].cue && contains(line.content, out[j].cue!)) out.splice(j, 1);
    const sentence = tokens[line.cueToken].sentence;
    out.push({ speaker: speakerRef(ctx, line.speaker, speakers), cue: line.cue, content: line.content, direct: false, sentence });
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** A verbless quotation inside a clause that names no speaker: 'a plan that is "deficit neutral"'. */
function phraseInClause(ctx: AttributionContext, q: { open: number; close: number }): boolean {
  const { tokens } = ctx;
  const lead = tokens[q.open - 1 - (tokens[q.open].text === tokens[q.open - 1]?.text ? 1 : 0)];
  if (!lead || lead.sentence !== tokens[q.open].sentence || ctx.paragraph[lead.i] !== ctx.paragraph[q.open]) return false;
  if (/^[,:;—–(-]$/.test(lead.text)) return false;
  return q.close - q.open < 12 && !/^[.!?]$/.test(tokens[q.close - 1].text) && !tokens.slice(q.open + 1, q.close).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A short quotation whose words are all capitalised: a title, not a statement. */
function titleCase(ctx: AttributionContext, q: { open: number; close: number }): boolean {
  const words = ctx.tokens.slice(q.open + 1, q.close).filter((t) => /^[A-Za-z]/.test(t.text));
  const small = /^(a|an|the|of|in|on|at|to|for|and|or|is|with|from|by)$/;
  return words.length > 0 && words.length < 9 && words.every((t) => /^[A-Z0-9]/.test(t.text) || small.test(t.text));
}

/** Index of the last attribution whose content starts before `offset` (-1 when none). */
function lastStartingBefore(sorted: readonly Attribution[], offset: number): number {
  return lowerBound(sorted, (a) => a.content.start, offset) - 1;
}

/** The paragraph of the last token starting at or before `offset` (of the first token when none does). */
function paragraphOf(ctx: AttributionContext, offset: number): number {
  return ctx.paragraph[Math.max(0, lowerBound(ctx.tokens, (t) => t.start, offset + 1) - 1)] ?? 0;
}

export const attributionsStage: Stage<{ attributionWords: AttributionWords }> = {
  name: 'attributions.quotes.v1',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: ['attributions'],
  run(doc, { attributionWords }) {
    const ctx = attributionContext(doc.layers.tokens!, doc.text, doc.layers.mentions!, doc.layers.sentences!, attributionWords);
    return { attributions: attribute(ctx) };
  },
};

/** The verb and subject of the clause a quoted phrase sits in: the nearest verb before it that has a subject. */
function clauseSubject(ctx: AttributionContext, open: number): { np: Np; cue: number } | null {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[open].sentence];
  for (let k = open - 1; k >= s.first; k--) {
    if (ctx.quoted[k] || tokens[k].pos !== 'VERB') continue;
    const np = speakerBefore(ctx, k, s.first);
    if (!np) continue;
    // a verb of saying or of stance, or any verb whose subject is a named actor or a person ('Blige sings …')
    const named = np.mention?.code || tokens[np.last - 1].pos === 'PROPN' || (np.pronoun && /^(he|she|they|i|we)$/.test(tokens[np.first].lower));
    return cueAt(tokens[k], tokens[k + 1], true) || named ? { np, cue: k } : null;
  }
  return null;
}
/** The named person or name that is the subject of the last finite verb of a sentence: '…, Clinton restricted comments …'. */
function mainSubject(ctx: AttributionContext, s: { first: number; last: number }): Np | null {
  const { tokens } = ctx;
  for (let j = s.last - 1; j > s.first; j--) {
    const t = tokens[j];
    if (ctx.quoted[j] || t.pos !== 'VERB' || /ing$/.test(t.lower)) continue;
    const np = speakerBefore(ctx, j, s.first);
    if (np && !np.pronoun && (np.mention?.kind === 'person' || tokens[np.last - 1].pos === 'PROPN')) return np;
  }
  return null;
}
