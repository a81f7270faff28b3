import type { TextSpan } from '../../core/types.ts';
import { type AttributionContext, tokenSpan } from './attribution-context.ts';
import { cueAt } from './cue-at.ts';
import type { Quote } from './find-quotes.ts';
import { coordinated, type Np, npEndingAt, npStartingAt, sentenceSubject, speakerAfter, speakerBefore } from './speaker-span.ts';

/** A quotation with the speaker and cue found next to it (either may be missing). */
export interface QuoteFind {
  readonly quote: Quote;
  readonly content: TextSpan;
  readonly speaker: Np | null;
  readonly cue: TextSpan | null;
  readonly cueToken: number;
}

const MARKS = new Set(['"', '“', '”', '«', '»', '„', "''", '``']);
const WINDOW = 30;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Nothing is reported after the cue up to the sentence's end: 'Murphy Tweeted on Friday with an image.' */
function quietAfter(ctx: AttributionContext, k: number): boolean {
  for (let j = k + 1; j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j];
    if (ctx.quoted[j]) return false;
    if (/^[.!?]$/.test(t.text) || ctx.tokens[j].sentence !== ctx.tokens[k].sentence) return true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) return false;
  }
  return true;
}

/** '…,” he said.' / '…,” said Bolton.' / '…!” Murphy, the head of Right to Rise USA, Tweeted on Friday.' */
function after(ctx: AttributionContext, q: Quote): { np: Np | null; cue: number } | null {
  const { tokens } = ctx;
  // the quotation's last word, past an inner single quotation mark: '…say ‘I’m the only one,’” Green said'
  let lastWord = q.close - 1;
  while (lastWord > q.open + 1 && /^['’‘]$/.test(tokens[lastWord].text)) lastWord--;
  const endsStatement = /^[.!?]$/.test(tokens[lastWord].text);
  // the second tick of a typewriter closing pair ('' ) is still the mark
  let from = q.close + 1;
  while (from < tokens.length && /^['’]$/.test(tokens[from].text) && tokens[from].start === tokens[from - 1].end) from++;
  // a phrase quoted inside a clause ('confronting the “ugly truths” in …') is no statement of its own
  const lead = tokens[q.open - 1 - (tokens[q.open].text === tokens[q.open - 1]?.text ? 1 : 0)];
  const embedded = lead && lead.sentence === tokens[q.open].sentence && !/^[,:;—–(-]$/.test(lead.text) && ctx.paragraph[q.open] === ctx.paragraph[lead.i];
  if (embedded && !/^[,.!?]$/.test(tokens[lastWord].text)) return null;
  const limit = Math.min(tokens.length, from + WINDOW);
  for (let k = from; k < limit; k++) {
    const t = tokens[k];
    // '…,” Rep. Elijah E. Cummings (D-Md.) said': the full stop of a bracket ends no sentence
    if (t.text === '(') {
      const close = closingBracket(ctx, k, limit);
      if (close > k) {
        k = close;
        continue;
      }
    }
    // 'state Del. Marcia "Cia" Price': a quoted nickname inside the speaker's name
    if (ctx.quoted[k] && MARKS.has(t.text) && MARKS.has(tokens[k + 2]?.text ?? '') && /^[A-Z]/.test(tokens[k + 1]?.text ?? '') && k > from) {
      k += 2;
      continue;
    }
    if (MARKS.has(t.text) || ctx.quoted[k]) return null;
    // '…,” Mitch McConnell, R-Ky., said': the full stop of an abbreviation before a comma ends no sentence
    const abbreviation = t.text === '.' && tokens[k + 1]?.text === ',' && tokens[k - 1]?.end === t.start;
    if ((/^[.!?;]$/.test(t.text) && !abbreviation) || ctx.paragraph[k] !== ctx.paragraph[q.close]) return null;
    const next = tokens[k + 1];
    // 'one of the states suing', 'the United States': a noun after a determiner or a name is no cue
    if (tokens[k - 1]?.pos === 'DET' || (/^[A-Z].*s$/.test(t.text) && t.pos !== 'VERB' && /^[A-Z]/.test(tokens[k - 1]?.text ?? ''))) continue;
    // 'state Del. Marcia Price', 'state Sen. Ann Lee': a noun before a title is part of the name
    if (t.pos === 'NOUN' && next?.pos === 'PROPN') continue;
    // '…,” the congressional report said': a noun before the verb is part of the speaker
    if (t.pos === 'NOUN' && next?.pos === 'VERB' && cueAt(next, tokens[k + 2], true) === 'speech') continue;
    // '“Go back to Univision,” Trump barked': any verb right after the quote's speaker, when nothing is reported after it
    // (a quotation closed by a full stop ends its sentence: '…Strength.” He left.' is no cue)
    const anyVerb = t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[lastWord].text !== '.' && quietAfter(ctx, k) && speakerBefore(ctx, k, from)?.first === from;
    // '“…,” Bennett shot back with a laugh': a verb of reply with "back", whatever the tagger made of the verb
    const replyBack = !anyVerb && next?.lower === 'back' && (t.pos === 'VERB' || t.pos === 'NOUN') && /^[a-z]/.test(t.text) && quietAfter(ctx, k) && speakerBefore(ctx, k, from)?.first === from;
    if (!anyVerb && !replyBack && cueAt(t, next, true) !== 'speech') continue;
    // '…elections.” Lukashenko denies losing' starts a sentence of its own
    // ('“This is little Fort Pierce!” said Donna Lages, 39, a waitress at a diner which serves …' is the quote's own cue)
    const inverted = k === from && !!next && /^(PROPN|DET|NOUN)$/.test(next.pos) && !SUBJECT_PRONOUNS.has(next.lower);
    if (endsStatement && next && !inverted && (next.lower === 'that' || next.pos === 'VERB' || SUBJECT_PRONOUNS.has(next.lower) || !quietAfter(ctx, k))) return null;
    const before = speakerBefore(ctx, k, from);
    if (before && tokens.slice(from, before.first).every((x) => x.pos === 'PUNCT')) return { np: before, cue: k };
    // '…,” the Florida senator and Republican presidential candidate said'
    if (before && !before.pronoun && tokens[before.first - 1]?.lower === 'and') {
      const other = npEndingAt(ctx, before.first - 1, from);
      if (other && !other.pronoun && tokens.slice(from, other.first).every((x) => x.pos === 'PUNCT')) return { np: { ...before, first: other.first }, cue: k };
    }
    // ('…as “fantastic,” telling reporters that …': after a participle comes its listener, not its speaker)
    if (k <= from + 1 && /ing$/.test(t.lower)) return null;
    if (k <= from + 1) {
      const np = speakerAfter(ctx, k, Math.min(tokens.length, k + 16));
      return np ? { np, cue: k } : null;
    }
    // '…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said' / '…?” a narrator in the ad asks':
    // the phrase right after the quote is its speaker when an apposition or a place stands between it and the cue
    const head = npStartingAt(ctx, from, k);
    if (head && head.last < k && (tokens[head.last].text === ',' || tokens[head.last].pos === 'ADP' || tokens[head.last].text === '(') && !head.pronoun) return { np: head, cue: k };
    return null;
  }
  return null;
}

/** The ')' closing the '(' at k, within a few tokens (-1 when none). */
function closingBracket(ctx: AttributionContext, k: number, limit: number): number {
  for (let j = k + 1; j < Math.min(limit, k + 8); j++) {
    if (ctx.tokens[j].text === ')') return j;
    if (ctx.tokens[j].text === '(' || MARKS.has(ctx.tokens[j].text)) return -1;
  }
  return -1;
}

/** 'X said: “…”', 'Carson told his supporters, “…”', 'Beck said, “…”'. */
function before(ctx: AttributionContext, q: Quote): { np: Np | null; cue: number } | null {
  const { tokens } = ctx;
  const open = q.open - (tokens[q.open].text === tokens[q.open - 1]?.text ? 1 : 0);
  let floorSentence = ctx.sentences[tokens[Math.max(0, open - 1)].sentence];
  // 'Sen. Claire McCaskill (D-Mo.) scolded him: “…”': a sentence split after an abbreviation goes on
  const opening = tokens[floorSentence.first]?.text ?? '';
  const previous = ctx.sentences[floorSentence.index - 1];
  if (previous && (opening === ')' || /^[a-z]/.test(opening)) && ctx.paragraph[previous.first] === ctx.paragraph[floorSentence.first]) floorSentence = previous;
  const stop = Math.max(floorSentence.first, open - 10);
  // a quotation inside a clause ('called the system “rotten”', 'said that “…”') is part of what the clause reports
  const lead = tokens[open - 1];
  if (!lead || (lead.text !== ',' && lead.text !== ':' && cueAt(lead, tokens[open]) !== 'speech')) return null;
  for (let k = open - 1; k >= stop; k--) {
    const t = tokens[k];
    if (MARKS.has(t.text) || ctx.quoted[k] || /^[.!?;]$/.test(t.text)) return null;
    // 'as The New Yorker put it, “the operator.”': "put it" after "as" and a speaker is a verb of saying
    const putIt = t.lower === 'put' && tokens[k + 1]?.lower === 'it';
    // 'Sanders shot back, “…”': a verb of reply with "back", whatever the tagger made of the verb
    if (t.lower === 'back' && k - 1 >= floorSentence.first && /^(VERB|NOUN)$/.test(tokens[k - 1].pos) && /^[a-z]/.test(tokens[k - 1].text) && k === open - 2) {
      const np = speakerBefore(ctx, k - 1, floorSentence.first);
      if (np) return { np, cue: k - 1 };
    }
    if (!putIt && cueAt(t, tokens[k + 1]) !== 'speech') continue;
    // 'ended her speech by quoting Leonardo da Vinci: “…”': a participle after "by" speaks for the clause's subject
    if (/ing$/.test(t.lower) && tokens[k - 1]?.lower === 'by') {
      let np: Np | null = null;
      for (let j = k - 2; j >= floorSentence.first && !np; j--) if (tokens[j].pos === 'VERB' && !ctx.quoted[j]) np = speakerBefore(ctx, j, floorSentence.first);
      return { np: np ?? sentenceSubject(ctx, floorSentence, k), cue: k };
    }
    // 'Trump attacked Clinton for her votes, saying, “…”': a participle after a comma speaks for the clause's subject
    // ('…, Nefzi said, adding, “…”': the subject of the verb of saying before it, when there is one)
    if (/ing$/.test(t.lower) && tokens[k - 1]?.text === ',') return { np: earlierSpeaker(ctx, floorSentence.first, k) ?? sentenceSubject(ctx, floorSentence, k), cue: k };
    const np = speakerBefore(ctx, k, floorSentence.first) ?? (coordinated(ctx, k, floorSentence.first) ? sentenceSubject(ctx, floorSentence, k) : null);
    return { np, cue: k };
  }
  // 'Philip Bump: “…”', 'the report: “…”', 'She then addressed the supporters again: “…”'
  if (lead.text === ':') {
    const colon = open - 1;
    const named = npEndingAt(ctx, colon, floorSentence.first);
    const clauseStart = named && (named.first === floorSentence.first || /^[-–—,]$|^from$/i.test(tokens[named.first - 1]?.text ?? ''));
    const np = clauseStart ? named : sentenceSubject(ctx, floorSentence, colon);
    if (np) return { np, cue: colon };
  }
  return null;
}

/** Finds each quotation's own speaker and cue: after the closing mark first, then before the opening one. */
export function findQuoteSpeaker(ctx: AttributionContext, q: Quote): QuoteFind {
  const content = tokenSpan(ctx, q.open + 1, q.close);
  const later = after(ctx, q);
  const found = later ?? before(ctx, q);
  if (!found) return { quote: q, content, speaker: null, cue: null, cueToken: -1 };
  // 'However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman': a quotation that ends a
  // statement begun before it in the sentence reports the whole statement
  const from = later ? statementStart(ctx, q) : -1;
  const whole = from >= 0 ? tokenSpan(ctx, from, q.close) : content;
  return { quote: q, content: whole, speaker: found.np, cue: tokenSpan(ctx, found.cue, found.cue + 1), cueToken: found.cue };
}

/** The speaker of the last finite verb of saying between `first` and the participle at k: 'Nefzi said, adding'. */
function earlierSpeaker(ctx: AttributionContext, first: number, k: number): Np | null {
  for (let j = k - 2; j >= first; j--) {
    const t = ctx.tokens[j];
    if (ctx.quoted[j] || /ing$/.test(t.lower) || cueAt(t, ctx.tokens[j + 1]) !== 'speech') continue;
    return speakerBefore(ctx, j, first) ?? speakerAfter(ctx, j, k);
  }
  return null;
}
/** The first word of the sentence when a quotation opens inside it after a word of the statement ('… tax ''is …'''), else -1. */
function statementStart(ctx: AttributionContext, q: Quote): number {
  const { tokens } = ctx;
  const open = q.open - (tokens[q.open].text === tokens[q.open - 1]?.text ? 1 : 0);
  const lead = tokens[open - 1];
  if (!lead || lead.sentence !== tokens[q.open].sentence || ctx.paragraph[lead.i] !== ctx.paragraph[q.open] || !/^[A-Za-z0-9]/.test(lead.text)) return -1;
  // (a cue right before the quotation introduces it: 'said “…”', 'called it “…”' stay as they are)
  if (cueAt(lead, tokens[open]) || lead.pos === 'VERB' || lead.pos === 'SCONJ' || (lead.pos === 'AUX' && lead.lemma === 'be')) return -1;
  let first = ctx.sentences[tokens[q.open].sentence].first;
  while (first < open && (ctx.quoted[first] || /^[,"“”']$/.test(tokens[first].text))) first++;
  return first < open ? first : -1;
}
