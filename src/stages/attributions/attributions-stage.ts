import type { Stage } from '../../core/stage.ts';
import { pushAll } from '../../core/push-all.ts';
import type { ActorRef, Attribution, Mention, Sentence, TextSpan, Token } from '../../core/types.ts';
import { SPEECH_CUES } from './cues.ts';
import { findQuotes, type Quote } from './find-quotes.ts';
import { mentionEndingAt, mentionRef, mentionStartingAt, nounPhraseAfter, nounPhraseBefore } from './speaker-span.ts';

interface Ctx {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly sentences: readonly Sentence[];
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const AUXILIARY = new Set(['AUX', 'ADV', 'PART']);

const span = (ctx: Ctx, first: number, last: number): TextSpan => {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
};

/** A cue verb; a cue the tagger read as a noun counts when it introduces speech: "The Times reports:" */
const isCue = (t: Token, next?: Token) =>
  SPEECH_CUES.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && /s$/.test(t.lower) && (next?.lower === ':' || next?.lower === 'that')));

const pronounAt = (ctx: Ctx, k: number, floor: number): ActorRef | null => {
  const p = ctx.tokens[k];
  return p && k >= floor && PERSONAL_PRONOUNS.has(p.lower) ? { start: p.start, end: p.end, text: p.text, code: null, entity: null } : null;
};

/**
 * Speaker and cue around token k: "X said", "said X". Names before the cue come first; after the
 * cue only for verbs whose object is not a listener ("told USA Today" names who was told).
 */
function speakerAround(ctx: Ctx, cue: number, floor: number, ceiling: number): ActorRef | null {
  const before = speakerBefore(ctx, cue, floor);
  if (before) return before;
  if (ctx.tokens[cue].lemma === 'tell') return null;
  return speakerAfter(ctx, cue, ceiling);
}

/** The speaker standing before a cue: a known actor, a name, or a pronoun (auxiliaries skipped). */
function speakerBefore(ctx: Ctx, cue: number, floor: number): ActorRef | null {
  let at = cue;
  while (at - 1 > floor && AUXILIARY.has(ctx.tokens[at - 1].pos) && ctx.tokens[at - 1].lower !== ',') at--;
  const before = mentionEndingAt(ctx.mentions, ctx.tokens, at);
  if (before && before.first >= floor) return mentionRef(before);
  return nounPhraseBefore(ctx.tokens, at, floor, ctx.text) ?? pronounAt(ctx, at - 1, floor);
}

function speakerAfter(ctx: Ctx, cue: number, ceiling: number): ActorRef | null {
  const after = mentionStartingAt(ctx.mentions, cue + 1);
  if (after && after.last <= ceiling) return mentionRef(after);
  return nounPhraseAfter(ctx.tokens, cue + 1, ceiling, ctx.text);
}

/** Direct quotes: the speaker is after the closing mark (", he said") or before the opening one ("X said: "). */
function directQuote(ctx: Ctx, q: Quote, previous: Attribution | null): Attribution {
  const { tokens } = ctx;
  const content = span(ctx, q.open + 1, q.close);
  const endSentence = ctx.sentences[tokens[q.close].sentence];
  const limit = Math.min(q.close + 12, tokens.length);
  const endsStatement = /^[.!?]$/.test(tokens[q.close - 1].text);
  for (let k = q.close + 1; k < limit; k++) {
    if (tokens[k].text === '"' || tokens[k].text === '“') break;
    // '…elections." Lukashenko denies …' starts a new sentence with a new subject
    if (endsStatement && tokens[k].sentence !== tokens[q.close].sentence && /^[A-Z]/.test(tokens[q.close + 1]?.text ?? '')) break;
    if (isCue(tokens[k], tokens[k + 1])) {
      const speaker = speakerAround(ctx, k, q.close + 1, Math.min(limit, endSentence.last));
      if (speaker) return { speaker, cue: span(ctx, k, k + 1), content, direct: true, sentence: tokens[q.open].sentence };
      break;
    }
    if (tokens[k].text === '.' && k > q.close + 1) break;
  }
  let startSentence = ctx.sentences[tokens[q.open].sentence];
  // 'He said:' may close the previous sentence when the quote opens a new one
  if (startSentence.first === q.open && startSentence.index > 0 && tokens[q.open - 1]?.text === ':') startSentence = ctx.sentences[startSentence.index - 1];
  for (let k = q.open - 1; k >= Math.max(startSentence.first, q.open - 4); k--) {
    if (isCue(tokens[k], tokens[k + 1])) {
      // 'X said: "…"' — the speaker stands before the cue
      const speaker = speakerBefore(ctx, k, startSentence.first);
      if (speaker) return { speaker, cue: span(ctx, k, k + 1), content, direct: true, sentence: tokens[q.open].sentence };
      break;
    }
  }
  // A quote that runs on from a previous one in the next sentence keeps its speaker.
  const near = previous?.direct && tokens[q.open].start - previous.content.end < 200;
  return { speaker: near ? previous.speaker : null, cue: near ? previous.cue : null, content, direct: true, sentence: tokens[q.open].sentence };
}

const CONTENT_SKIP = new Set(['that', ',', ':']);

/** Indirect speech: "X said (that) …", "…, X said", "according to X, …". */
function indirect(ctx: Ctx, s: Sentence, inQuote: (t: number) => boolean, last: Attribution | null, usedCues: ReadonlySet<number>): Attribution[] {
  const { tokens } = ctx;
  const out: Attribution[] = [];
  let end = s.last;
  while (end > s.first && (tokens[end - 1].pos === 'PUNCT' || tokens[end - 1].pos === 'SYM')) end--;
  for (let k = s.first; k < end; k++) {
    if (inQuote(k)) continue;
    const t = tokens[k];
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const who = mentionStartingAt(ctx.mentions, k + 2);
      const speaker = who ? mentionRef(who) : nounPhraseAfter(tokens, k + 2, end, ctx.text);
      const whoEnd = who ? who.last : k + 4;
      const after = whoEnd < end && tokens[whoEnd].lower === ',' ? whoEnd + 1 : -1;
      const content = after > 0 && end - after > 2 ? span(ctx, after, end) : k - s.first > 2 ? span(ctx, s.first, k - (tokens[k - 1].lower === ',' ? 1 : 0)) : null;
      if (content) out.push({ speaker, cue: span(ctx, k, k + 2), content, direct: false, sentence: s.index });
      continue;
    }
    if (!isCue(t, tokens[k + 1]) || usedCues.has(t.start) || tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'by') continue;
    const subj = mentionEndingAt(ctx.mentions, tokens, k);
    // "…, Zakharova said." / "…, said the ministry."
    const commaBefore = subj ? subj.first - 1 : k - 1;
    if (commaBefore > s.first + 2 && tokens[commaBefore].lower === ',' && k + 3 >= end) {
      const speaker = subj ? mentionRef(subj) : speakerAround(ctx, k, commaBefore + 1, end);
      out.push({ speaker, cue: span(ctx, k, k + 1), content: span(ctx, s.first, commaBefore), direct: false, sentence: s.index });
      continue;
    }
    // "X said (that) …", "X told reporters that …", "X, saying during … that …"
    let from = k + 1;
    // "said that Belarusians …" but not "said the turmoil that has followed …" (a relative "that")
    const that = tokens.slice(k + 1, Math.min(k + 10, end)).findIndex((x, j) => x.lower === 'that' && !/^(VERB|AUX)$/.test(tokens[k + 2 + j]?.pos ?? ''));
    if (that >= 0 && !inQuote(k + 1 + that)) from = k + 2 + that;
    else if (t.lemma === 'tell') {
      const obj = mentionStartingAt(ctx.mentions, k + 1);
      from = obj ? obj.last : k + 2;
    }
    while (from < end && CONTENT_SKIP.has(tokens[from].lower)) from++;
    if (end - from < 3) continue;
    let speaker: ActorRef | null = subj ? mentionRef(subj) : null;
    if (!speaker && /ing$/.test(t.lower) && last && last.sentence === s.index) speaker = last.speaker;
    if (!speaker) speaker = nounPhraseBefore(tokens, k, s.first, ctx.text);
    // quoted words inside indirect speech belong to it: 'tweeted that Machado was "disgusting"'
    let stop = end;
    if (stop < s.last && /^["”“]$/.test(tokens[stop].text)) stop++;
    out.push({ speaker, cue: span(ctx, k, k + 1), content: span(ctx, from, stop), direct: false, sentence: s.index });
    last = out[out.length - 1];
    k = stop - 1;
  }
  return out;
}

export const attributionsStage: Stage = {
  name: 'attributions.quotes.v1',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: ['attributions'],
  run(doc) {
    const ctx: Ctx = { tokens: doc.layers.tokens!, text: doc.text, mentions: doc.layers.mentions!, sentences: doc.layers.sentences! };
    const quotes = findQuotes(ctx.tokens, doc.text);
    const quoted = new Uint8Array(ctx.tokens.length);
    const out: Attribution[] = [];
    let previous: Attribution | null = null;
    const usedCues = new Set<number>();
    for (const q of quotes) {
      for (let k = q.open; k <= q.close; k++) quoted[k] = 1;
      // A short quoted phrase inside a sentence ("scare quotes") is not a statement of its own.
      if (q.close - q.open < 4 && !ctx.tokens.slice(q.open, q.close).some((t) => t.pos === 'VERB')) continue;
      previous = directQuote(ctx, q, previous);
      if (previous.cue) usedCues.add(previous.cue.start);
      out.push(previous);
    }
    // the last attribution of each sentence so far (a local index: `out` is still growing)
    const lastOf: Attribution[] = [];
    for (const a of out) lastOf[a.sentence] = a;
    const indirectOf: Attribution[][] = [];
    for (const s of ctx.sentences) {
      const found = indirect(ctx, s, (t) => quoted[t] === 1, lastOf[s.index] ?? null, usedCues);
      for (const a of found) {
        lastOf[a.sentence] = a;
        (indirectOf[a.sentence] ??= []).push(a);
      }
      pushAll(out, found);
    }
    // A quoted phrase inside someone's indirect speech is theirs: 'Pompeo saying that … "the freedoms …"'.
    for (let k = 0; k < out.length; k++) {
      const q = out[k];
      if (!q.direct || q.speaker) continue;
      const host = (indirectOf[q.sentence] ?? []).find((a) => !a.direct && a.speaker && a.cue && a.cue.start < q.content.start);
      if (host) out[k] = { ...q, speaker: host.speaker, cue: host.cue };
    }
    out.sort((a, b) => a.content.start - b.content.start);
    return { attributions: out };
  },
};
