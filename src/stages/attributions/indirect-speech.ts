import type { Sentence, TextSpan } from '../../core/types.ts';
import { type AttributionContext, tokenSpan } from './attribution-context.ts';
import { type CueKind, cueAt, cueLemma, ingCue } from './cue-at.ts';
import { ADJECTIVE_CUES, CLAUSE_BREAKS, CUE_PARTICLES, INFINITIVE_CUES, LISTENER_CUES, MORE_SPEECH_CUES, NEEDS_CLAUSE, SPEECH_CUES, STANCE_CUES, SUBORDINATORS, TIME_WORDS } from './cues.ts';
import { coordinated, type Np, npEndingAt, npStartingAt, sentenceSubject, skipToSubject, speakerAfter, speakerBefore } from './speaker-span.ts';

/** Reported speech found in one sentence, before its speaker is turned into an actor. */
export interface IndirectFind {
  readonly speaker: Np | null;
  /** the speaker is the subject of an earlier cue in the sentence ("…, saying that …") */
  readonly sameAsPrevious: boolean;
  readonly cue: TextSpan;
  readonly cueToken: number;
  readonly content: TextSpan;
}

const PREPOSITIONS = new Set(['to', 'in', 'at', 'with', 'on', 'about', 'for', 'of', 'from', 'after', 'before', 'during', 'into', 'by', 'over']);
const DASHES = new Set(['—', '–', '--', ';']);
const PARTICIPLE = /ing$/;
/** 'his comment', 'their reports': a cue word after a possessive is a noun. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** Prepositions that open a place or time after a verb of saying: 'said in an interview', 'told at a rally'. */
const PLACE_OR_TIME = new Set(['in', 'at', 'on', 'during', 'with', 'after', 'before', 'from', 'over', 'under', 'by']);
/** Verbs of saying whose prepositions start a place or time ('said in an interview'), never the topic. */
const PLAIN_SAYING = new Set(['say', 'tell', 'add', 'state', 'announce', 'declare', 'report', 'explain', 'note', 'confirm', 'acknowledge', 'admit', 'claim', 'predict', 'reveal', 'assert', 'stress', 'emphasize']);

/** Where what a cue reports ends: the sentence end, a dash or semicolon, ", but …", or the next speaker's clause. */
function contentEnd(ctx: AttributionContext, from: number, end: number, stance = false, object = false): number {
  const { tokens } = ctx;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k];
    if (ctx.paragraph[k] !== ctx.paragraph[from]) return k;
    if (ctx.quoted[k]) continue;
    if (DASHES.has(t.text)) return k;
    // 'In a statement announcing the pick, the union called …': an object ends where a clause with its own subject starts
    // (a relative clause still describes the object: 'accused Rafael Cruz, who was born in Cuba, of …')
    if (object && t.text === ',' && !/^(who|whom|whose|which|that)$/.test(tokens[k + 1]?.lower ?? '') && clausal(ctx, k + 1, end)) return k;
    // '… would have on women in the workplace: “Parallel to our union's progress …”': a quotation after a colon is said on its own
    if (t.text === ':' && /^["“]$/.test(tokens[k + 1]?.text ?? '')) return k;
    // a stance is about its object: "criticized the plan, …", "backed Clinton because …"
    if (stance && t.text === ',' && /^(which|who|whom|whose)$/.test(tokens[k + 1]?.lower ?? '')) return k;
    if (stance && SUBORDINATORS.has(t.lower) && t.lower !== 'as') return k;
    // "endorsed Clinton for president, another sign of …": the object ends at the comma
    if (stance && t.text === ',') return k;
    // "calling him a “nice guy” and he didn’t …": a new clause with its own subject
    if (stance && t.lower === 'and' && /^(he|she|they|we|i)$/.test(tokens[k + 1]?.lower ?? '') && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')) return k;
    if (t.text === ',' && CLAUSE_BREAKS.has(tokens[k + 1]?.lower ?? '')) return k;
    // ", saying …" / ", adding …" / "and said …": a new report by the same speaker
    if ((t.text === ',' || t.lower === 'and') && cueAt(tokens[k + 1], tokens[k + 2]) && PARTICIPLE.test(tokens[k + 1].lower)) return k;
    if (t.lower === 'and' && cueAt(tokens[k + 1], tokens[k + 2]) === 'speech') return k;
    if (t.lower === 'and' && tokens[k + 1] && /^(he|she|they)$/.test(tokens[k + 1].lower) && cueAt(tokens[k + 2], tokens[k + 3])) return k;
    // 'are “the ability to offset other income,” The Hill reported': a new speaker right after a closing quotation mark
    if (k > from && ctx.quoted[k - 1] && /^["”]$/.test(tokens[k - 1].text)) {
      for (let j = k + 1; j < Math.min(end, k + 8); j++) {
        if (ctx.quoted[j] || cueAt(tokens[j], tokens[j + 1]) !== 'speech' || PARTICIPLE.test(tokens[j].lower)) continue;
        const np = speakerBefore(ctx, j, k);
        if (np && np.first === k) return k;
        break;
      }
    }
    // "…, Bolton said, “…”": a new speaker's clause after a comma or a conjunction
    if (t.text === ',' || t.lower === 'and' || t.lower === 'but') {
      for (let j = k + 2; j < Math.min(end, k + 9); j++) {
        if (ctx.quoted[j] || cueAt(tokens[j], tokens[j + 1]) !== 'speech' || PARTICIPLE.test(tokens[j].lower)) continue;
        const np = speakerBefore(ctx, j, k + 1);
        if (np && np.first === k + 1) return k;
        break;
      }
    }
  }
  let e = end;
  // keep a closing quotation mark that belongs to the reported words: 'that he was "disgusting."'
  if (e < tokens.length && /^["”]$/.test(tokens[e].text) && ctx.quoted[e]) e++;
  return e;
}

/** What follows is a clause: "said he would …", "said the deal was …". */
function clausal(ctx: AttributionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  const np = npStartingAt(ctx, from, end);
  if (!np) return false;
  let k = np.last;
  while (k < end && tokens[k].pos === 'ADV') k++;
  return k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !/ing$/.test(tokens[k].lower);
}

/** Last token (exclusive) of the sentence without trailing punctuation. */
function sentenceEnd(ctx: AttributionContext, s: Sentence): number {
  let end = s.last;
  while (end > s.first && (ctx.tokens[end - 1].pos === 'PUNCT' || ctx.tokens[end - 1].pos === 'SYM') && !/^["”]$/.test(ctx.tokens[end - 1].text)) end--;
  while (end > s.first && /^[.!?,]$/.test(ctx.tokens[end - 1].text)) end--;
  return end;
}

/** Where the reported words start after a cue: after "that", the listener ("told reporters"), a particle ("called for"). */
function contentStart(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  const lemma = cueLemma(tokens[k]);
  let from = k + 1;
  const next = tokens[from];
  if (!next) return from;
  if (next.lower === 'to' && INFINITIVE_CUES.has(lemma) && verbAfterTo(ctx, from)) return from;
  // 'said in a phone interview', 'said on Sunday', 'wrote at the time': a place or time, not what was said about
  const adjunct = PLACE_OR_TIME.has(next.lower) && (PLAIN_SAYING.has(lemma) || (next.lower === 'in' && lemma !== 'believe'));
  if (CUE_PARTICLES.has(next.lower) && next.lower !== 'to' && next.lower !== 'of' && !adjunct) {
    from++;
    // "lashed out at …"
    if (CUE_PARTICLES.has(tokens[from]?.lower ?? '') && tokens[from].lower !== 'to') from++;
  }
  else if (next.lower === 'to' && (lemma === 'point' || lemma === 'refer')) from++;
  else if (LISTENER_CUES.has(lemma)) {
    const listener = npStartingAt(ctx, from, end);
    if (listener) from = listener.last;
  }
  // "said Tuesday that …", "said in a statement that …" (but not a relative "that": "said the turmoil that has …")
  for (let j = from; j < Math.min(from + 12, end); j++) {
    if (ctx.quoted[j]) break;
    if (tokens[j].lower === 'that' && !/^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '')) {
      const between = tokens.slice(from, j);
      if (between.every((x) => x.pos === 'ADP' || x.pos === 'DET' || x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ' || x.pos === 'ADV' || x.pos === 'NUM' || x.pos === 'PRON' || x.text === ',' || x.text === '-' || /^[A-Z]/.test(x.text) || TIME_WORDS.has(x.lower))) from = j + 1;
      break;
    }
  }
  // 'said in a statement Thursday they pulled the listing', 'acknowledged at a forum “it will be hard”':
  // past a place or time, the clause or quotation is what was said
  if (adjunct && from === k + 1 && PLACE_OR_TIME.has(tokens[from].lower)) {
    for (let j = from + 1; j < Math.min(from + 12, end); j++) {
      const x = tokens[j];
      if (ctx.quoted[j] || (j > from + 1 && /^(PRON|PROPN|DET|NUM)$/.test(x.pos) && clausal(ctx, j, end))) return j;
      if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(x.pos) && !isPossessiveMark(x.text) && !TIME_WORDS.has(x.lower) && !/^[A-Z]/.test(x.text)) break;
    }
    // a long clause after a short place keeps the old reading ('said at an event in Ohio the plan was …')
    if (end - from > 8) from++;
  }
  while (from < end && (tokens[from].text === ',' || tokens[from].text === ':' || tokens[from].lower === 'that')) from++;
  return from;
}

const isPossessiveMark = (w: string) => w === "'s" || w === '’s';

/** Indirect speech and stances in one sentence: "X said (that) …", "…, X said", "according to X, …", "X criticized …". */
export function indirectSpeech(ctx: AttributionContext, s: Sentence, usedCues: ReadonlySet<number>, previousSpeaker: (k: number) => Np | null): IndirectFind[] {
  const { tokens } = ctx;
  const out: IndirectFind[] = [];
  const end = sentenceEnd(ctx, s);
  // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": a sentence split after an abbreviation goes on in lower case
  const opening = tokens[s.first]?.text ?? '';
  const floor = (opening === ')' || /^[a-z]/.test(opening)) && s.index > 0 && ctx.paragraph[s.first] === ctx.paragraph[ctx.sentences[s.index - 1].first] ? ctx.sentences[s.index - 1].first : s.first;
  for (let k = s.first; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const t = tokens[k];
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const who = npStartingAt(ctx, k + 2, end);
      // 'According to early results of the exit poll conducted by Edison Research, Clinton led …': the source
      // runs to the first comma; '…, according to Craig Bryan, head of the center.': what comes before is reported
      const opening = k - s.first < 2;
      let after = -1;
      for (let j = who ? who.last : k + 2; opening && j < Math.min(end, k + 30); j++) {
        if (ctx.quoted[j]) break;
        if (tokens[j].text === ',') {
          after = j + 1;
          break;
        }
      }
      let content: TextSpan | null = null;
      if (after > 0 && end - after >= 2) content = tokenSpan(ctx, after, contentEnd(ctx, after, end));
      else if (!opening) {
        // 'Among the precedents at risk, according to Ms. Epstein, are 16 cases …': an insert inside the clause
        // reports the whole clause
        const close = who && tokens[who.last]?.text === ',' ? who.last + 1 : -1;
        const predicate = close > 0 && close < end - 1 && /^(VERB|AUX)$/.test(tokens[close].pos) && tokens[k - 1].text === ',';
        content = predicate ? tokenSpan(ctx, s.first, contentEnd(ctx, close, end)) : tokenSpan(ctx, s.first, k - (tokens[k - 1].text === ',' ? 1 : 0));
      }
      // 'according to show insiders': a source the phrase finder cannot read is still the words up to the comma
      let source = who;
      if (!source && k + 2 < end) {
        let last = k + 2;
        while (last < end && last < k + 12 && tokens[last].text !== ',' && !ctx.quoted[last]) last++;
        if (last > k + 2) source = { first: k + 2, last, mention: null, pronoun: false };
      }
      if (content) out.push({ speaker: source, sameAsPrevious: false, cue: tokenSpan(ctx, k, k + 2), cueToken: k, content });
      continue;
    }
    // "Sanders is critical of …", "she was confident that …"
    if (t.pos === 'ADJ' && ADJECTIVE_CUES.has(t.lower) && !usedCues.has(k)) {
      const link = tokens[k + 1];
      const be = tokens[skipToSubject(ctx, k, floor)];
      const subj = link && /^(of|about|that|to|on|with)$/.test(link.lower) && be && be.i < k && tokens[k - 1].pos !== 'DET' ? speakerBefore(ctx, k, floor) : null;
      if (subj && tokens.slice(subj.last, k).some((x) => x.lemma === 'be')) {
        const from = link.lower === 'to' && tokens[k + 2]?.pos === 'VERB' ? k + 1 : k + 2;
        const stop = contentEnd(ctx, from, end, true);
        if (stop > from) out.push({ speaker: subj, sameAsPrevious: false, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content: tokenSpan(ctx, from, stop) });
      }
      continue;
    }
    // "reiterated his claim that …", "her decision to run": a noun of saying with its complement
    const nounReport = cueNoun(ctx, k, floor, end);
    if (nounReport) {
      // 'reiterated his claim that …' was reported by its verb already
      if (!out.some((o) => o.content.start === nounReport.content.start && o.content.end === nounReport.content.end)) out.push(nounReport);
      continue;
    }
    const kind = cueAt(t, tokens[k + 1]) ?? nounTaggedCue(ctx, k, end) ?? thatClauseVerb(ctx, k, end) ?? ingCue(t, tokens[k - 1], tokens[k + 1]);
    if (!kind || usedCues.has(k)) continue;
    const next = tokens[k + 1];
    if (next?.lower === 'by') {
      // 'His views were echoed by the experts', 'Sanders was supported by most young voters': the agent holds
      // the stance, the subject is what it is about
      const passive = passiveStance(ctx, k, floor, end);
      if (passive && !usedCues.has(k)) out.push(passive);
      continue;
    }
    // passives ("was asked", "is expected") report no speaker of their own
    const prev = tokens[k - 1];
    if (prev && prev.lemma === 'be' && /ed$|wn$/.test(t.lower)) continue;
    // "interventionist remarks", "the reports": a noun the tagger read as a verb
    if (prev && (prev.pos === 'DET' || POSSESSIVE_DETERMINERS.has(prev.lower) || (prev.pos === 'ADJ' && !ctx.endingAt.has(k)))) continue;
    // 'Trump is once again questioning the integrity of the vote': a progressive is the finite verb of its subject
    const progressive = PARTICIPLE.test(t.lower) && progressiveAux(ctx, k, floor);
    const participle = PARTICIPLE.test(t.lower) && !progressive;
    // "with Secretary of State Mike Pompeo saying …": a participle's own subject stands right before it
    let subj = participle ? (prev?.text === ',' || prev?.lower === 'by' ? null : npEndingAt(ctx, skipToSubject(ctx, k, floor), floor)) : speakerBefore(ctx, k, floor);
    // 'dresses that showed more cleavage', 'a video that shows the blast': a stance needs someone to hold it
    if (kind === 'stance' && subj && /^(that|which)$/.test(tokens[subj.last - 1].lower) && tokens[subj.last - 2]?.text !== ',') subj = null;
    // "issued a statement saying …": the noun before the participle is the object of another verb
    // ('issued a policy paper welcoming the plans', 'has a new ad hitting Trump': a stance so carried is the issuer's)
    const carrier = participle && subj && !subj.pronoun && tokens[subj.first - 1]?.pos === 'VERB' && subj.last === k ? subj.first - 1 : -1;
    if (participle && subj && !subj.pronoun && tokens[subj.first - 1]?.pos === 'VERB') subj = null;
    const commaBefore = subj ? subj.first - 1 : k - 1;
    // what follows the cue reports nothing more: 'said Howard Rubel, a senior analyst at Jefferies, who notes …' (an
    // apposition or relative clause after the speaker), 'Nefzi said, adding, “…”' (a new report of its own)
    const quietFrom = subj ? k + 1 : (speakerAfter(ctx, k, end)?.last ?? k + 1);
    const relative = tokens[quietFrom]?.text === ',' && !subj;
    const adding = tokens[k + 1]?.text === ',' && PARTICIPLE.test(tokens[k + 2]?.lower ?? '') && cueAt(tokens[k + 2], tokens[k + 3]) === 'speech';
    // ('In his speech Wednesday, Trump proclaimed a goal of …' has an object: what comes before the comma is no report)
    const rest = tokens[quietFrom];
    const object = quietFrom < end && !!rest && /^(DET|NOUN|PROPN|NUM|ADJ)$/.test(rest.pos) && !TIME_WORDS.has(rest.lower) && !ctx.quoted[quietFrom];
    const restQuiet = !object && (relative || adding || tokens.slice(k + 1, end).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.lower !== 'that'));
    // "…, Zakharova said." / "…, said the ministry."
    if (kind === 'speech' && !participle && commaBefore > s.first + 2 && tokens[commaBefore].text === ',' && restQuiet) {
      const speaker = subj ?? speakerAfter(ctx, k, end);
      let from = s.first;
      while (from < commaBefore && (tokens[from].text === ',' || /^["“”]$/.test(tokens[from].text))) from++;
      out.push({ speaker, sameAsPrevious: false, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content: tokenSpan(ctx, from, commaBefore) });
      continue;
    }
    // "He endorsed Clinton, but told …": a second verb of the same subject
    const second = !participle && !subj && coordinated(ctx, k, floor);
    if (!participle && !subj && !second && kind === 'stance') continue;
    // 'an outside group backing Rubio', 'a tweet attacking her': a participle after the noun it describes
    const modifier = participle && kind === 'stance' && ((!!subj && !subj.pronoun && subj.last === k && prev?.text !== '-') || carrier >= 0);
    if (participle && kind === 'stance' && prev?.text !== ',' && prev?.lower !== 'by' && !modifier) continue;
    const from = contentStart(ctx, k, end);
    if (from >= end) continue;
    // the further verbs of saying ("continue", "find", "expect"), and "add", "claim", "write" … that also
    // take a plain object ("adding to his lead", "claimed victory"), report only with "that", a quotation or a clause
    const lemma = cueLemma(t);
    const introduced = /^(that|:|,)$/.test(tokens[from - 1].lower) || ctx.quoted[from] === 1 || clausal(ctx, from, end);
    if (!introduced && ((!SPEECH_CUES.has(lemma) && !STANCE_CUES.has(lemma)) || NEEDS_CLAUSE.has(lemma))) continue;
    const infinitive = tokens[from].lower === 'to' && verbAfterTo(ctx, from);
    if (!introduced && !infinitive && kind === 'speech' && PREPOSITIONS.has(tokens[from].lower)) continue;
    // (a noun-phrase object, not a clause, a quotation or an infinitive)
    const objectOnly = !introduced && !infinitive && /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tokens[from].pos);
    const stop = contentEnd(ctx, from, end, kind === 'stance' && !/^(that|:)$/.test(tokens[from - 1].lower) && !ctx.quoted[from], objectOnly);
    const size = stop - from;
    if (size < 1 || (kind === 'speech' && size < 2)) continue;
    if (size === 1 && !/^(NOUN|PROPN|PRON)$/.test(tokens[from].pos)) continue;
    let speaker = subj ?? (carrier >= 0 && kind === 'stance' ? speakerBefore(ctx, carrier, floor) : null);
    let sameAsPrevious = false;
    if (!speaker && (participle || second)) {
      sameAsPrevious = out.length > 0;
      // after a comma, the previous report of the sentence's own speaker, not one nested in it ('said he did not
      // recall …, but later said'); without one, the nearest ('says Machado promised … and said')
      const outer = tokens.slice(Math.max(s.first, k - 8), k).some((x) => x.text === ',');
      const host = [...out].reverse().find((o) => !outer || !out.some((p) => p !== o && p.content.start <= tokens[o.cueToken].start && tokens[o.cueToken].end <= p.content.end));
      speaker = host?.speaker ?? null;
      // 'Mackler issued a statement saying … and said …': the earlier cue named nobody either, the clause's subject speaks
      speaker ??= sentenceSubject(ctx, s, k) ?? previousSpeaker(k);
    }
    if (!speaker && kind === 'stance') continue;
    out.push({ speaker, sameAsPrevious, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content: tokenSpan(ctx, from, stop) });
  }
  return out;
}

/** A form of "be" before the -ing cue at k, past adverbs ('is once again questioning', 'are now slamming'). */
function progressiveAux(ctx: AttributionContext, k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) {
    const t = ctx.tokens[j];
    if (t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB') && t.lower !== 'being') return true;
    if (t.pos !== 'ADV' && !TIME_WORDS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A verb of saying that the tagger read as a noun right after its subject: 'Polls show a close contest',
 * 'the survey finds that …'. The subject and the verb must agree in number (a plural noun and a bare verb, or
 * a singular noun and a verb in -s), and what follows must open a phrase or clause.
 */
function nounTaggedCue(ctx: AttributionContext, k: number, end: number): CueKind | null {
  const { tokens } = ctx;
  const t = tokens[k];
  // 'Some Democrats, however, question …': past an adverb set off by commas
  const j = tokens[k - 1]?.text === ',' && tokens[k - 2]?.pos === 'ADV' && tokens[k - 3]?.text === ',' ? k - 4 : k - 1;
  const prev = tokens[j];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !prev || !next || !/^[a-z]/.test(t.text)) return null;
  // the subject: a noun, or a name or plural noun the tagger read as a verb ('Lynch/VERB notes', 'polls/VERB show')
  if (!/^(NOUN|PROPN)$/.test(prev.pos) && !(prev.pos === 'VERB' && (/^[A-Z]/.test(prev.text) || (/s$/.test(prev.lower) && !/s$/.test(t.lower))))) return null;
  const lemma = t.lower.replace(/s$/, '');
  if (!SPEECH_CUES.has(lemma) && !MORE_SPEECH_CUES.has(lemma)) return null;
  const agrees = /s$/.test(t.lower) ? !/s$/.test(prev.lower) : /s$/.test(prev.lower);
  // ('…, The Wall Street Journal reports.': at the end of the sentence after what was reported)
  if (!agrees || !(/^(DET|PROPN|NUM|PRON|ADJ|NOUN)$/.test(next.pos) || next.lower === 'that' || k + 1 >= end)) return null;
  return 'speech';
}

/**
 * A noun of saying or thinking with its complement: "his claim that the vote was rigged", "growing concerns
 * that the alliance is weak", "her decision to run". The speaker is the possessor ("his", "Trump's") or the
 * subject of the verb the noun is the object of ("reiterated his claim"); none when the text names nobody.
 */
function cueNoun(ctx: AttributionContext, k: number, floor: number, end: number): IndirectFind | null {
  const { tokens } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next || (t.pos !== 'NOUN' && t.pos !== 'VERB') || !ctx.words.cueNouns.has(t.lemma) || !/^[a-z]/.test(t.text)) return null;
  const prev = tokens[k - 1];
  // a noun, not a verb: after a determiner, a possessive or an adjective
  if (!prev || !(prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NOUN' || (prev.pos === 'VERB' && PARTICIPLE.test(prev.lower)) || POSSESSIVE_DETERMINERS.has(prev.lower) || prev.lower === "'s" || prev.lower === '’s')) return null;
  let from = -1;
  if (next.lower === 'that' && tokens[k + 2] && !/^(VERB|AUX)$/.test(tokens[k + 2].pos) && clausal(ctx, k + 2, end) && !relativeGap(ctx, k + 2, end)) from = k + 2;
  else if (next.lower === 'to' && tokens[k + 2]?.pos === 'VERB' && tokens[k + 2].lemma !== 'be') from = k + 1;
  if (from < 0) return null;
  let stop = contentEnd(ctx, from, end);
  // 'her decision to champion the merger was costly': the noun phrase ends where its own predicate starts
  // ('… to act alone inflamed his opponents', '… to transform the economy but are likely to …', '…, which he denied')
  for (let j = from + 2; j < stop; j++) {
    if (ctx.quoted[j]) continue;
    const x = tokens[j];
    const before = tokens[j - 1];
    const predicate = next.lower === 'to' && (x.pos === 'AUX' || x.pos === 'VERB') && !PARTICIPLE.test(x.lower) && !/^(to|and|or|,|not)$/.test(before.lower) && before.pos !== 'AUX' && before.pos !== 'PART' && before.pos !== 'PRON';
    if (predicate || x.lower === 'but' || (x.text === ',' && /^(which|who)$/.test(tokens[j + 1]?.lower ?? ''))) {
      stop = j;
      break;
    }
  }
  if (stop - from < 2) return null;
  return { speaker: possessorOf(ctx, k, floor), sameAsPrevious: false, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content: tokenSpan(ctx, from, stop) };
}

/** Who holds the claim at k: 'his claim', 'Trump's claim', 'reiterated the claim' (the verb's subject). */
function possessorOf(ctx: AttributionContext, k: number, floor: number): Np | null {
  const { tokens } = ctx;
  let j = k - 1;
  while (j > floor && tokens[j].pos === 'ADJ') j--;
  const p = tokens[j];
  if (POSSESSIVE_DETERMINERS.has(p.lower)) return { first: j, last: j + 1, mention: ctx.startingAt.get(j) ?? null, pronoun: true };
  if ((p.lower === "'s" || p.lower === '’s') && j > floor) return npEndingAt(ctx, j, floor);
  if (p.pos === 'DET' && tokens[j - 1]?.pos === 'VERB' && j - 1 > floor) return speakerBefore(ctx, j - 1, floor);
  return null;
}

/** 'the claim that he made was false': the clause lacks its object, so "that" opens a relative clause. */
function relativeGap(ctx: AttributionContext, from: number, end: number): boolean {
  const np = npStartingAt(ctx, from, end);
  if (!np) return false;
  let k = np.last;
  while (k < end && (ctx.tokens[k].pos === 'ADV' || ctx.tokens[k].pos === 'AUX' || ctx.tokens[k].pos === 'PART')) k++;
  if (k >= end || ctx.tokens[k].pos !== 'VERB') return false;
  const after = ctx.tokens[k + 1];
  return k + 1 >= end || !after || after.pos === 'AUX' || after.pos === 'VERB' || /^[,.;:!?)]$/.test(after.text);
}

/**
 * 'X was supported by Y', 'X were echoed by Y', 'X was first reported by Y', and the same without "be" after a
 * noun ('a view echoed by everyone I interviewed', 'a fact first reported by a TV reporter'): content X (the
 * subject before "be", or the noun the participle follows), speaker Y (after "by").
 */
function passiveStance(ctx: AttributionContext, k: number, floor: number, end: number): IndirectFind | null {
  const { tokens } = ctx;
  const t = tokens[k];
  const lemma = cueLemma(t);
  if (t.pos !== 'VERB' || !/ed$|wn$/.test(t.lower) || !(STANCE_CUES.has(lemma) || SPEECH_CUES.has(lemma) || MORE_SPEECH_CUES.has(lemma))) return null;
  let j = k - 1;
  while (j > floor && (tokens[j].pos === 'ADV' || TIME_WORDS.has(tokens[j].lower))) j--;
  let subject: Np | null;
  if (tokens[j]?.lemma === 'be') {
    while (j > floor && tokens[j - 1].pos === 'AUX') j--;
    subject = npEndingAt(ctx, j, floor);
  } else subject = /^(NOUN|PROPN)$/.test(tokens[j]?.pos ?? '') ? npEndingAt(ctx, j + 1, floor) : null;
  let agent = npStartingAt(ctx, k + 2, end);
  // 'by far fewer publications', 'by everyone I interviewed': a phrase the finder cannot read runs to the comma
  if (!agent && k + 2 < end) {
    let last = k + 2;
    while (last < end && last < k + 12 && tokens[last].text !== ',' && !ctx.quoted[last]) last++;
    agent = { first: k + 2, last, mention: ctx.startingAt.get(k + 2) ?? null, pronoun: false };
  }
  if (!subject || !agent || subject.pronoun) return null;
  return { speaker: agent, sameAsPrevious: false, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content: tokenSpan(ctx, subject.first, subject.last) };
}

/** A verb after "to" at k, also past an opening quotation mark: 'vowed to “fix every pothole”'. */
function verbAfterTo(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  let j = /^["“]$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  // a split infinitive: 'vowed to harshly punish'
  if (tokens[j]?.pos === 'ADV' && /ly$/.test(tokens[j].lower)) j++;
  return tokens[j]?.pos === 'VERB';
}

/**
 * Any verb that takes a that-clause reports what its subject knows, found or signalled: 'the Post has learned
 * that …', 'Patriot signaled last summer that …'. Forms of be, have and do, and a "that" opening a relative
 * clause ('the rules that …'), are not.
 */
function thatClauseVerb(ctx: AttributionContext, k: number, end: number): CueKind | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t.pos !== 'VERB' || /^(be|have|do|make|get|take|give|mean|ensure|require|so)$/.test(t.lemma) || PARTICIPLE.test(t.lower)) return null;
  const j = k + 1;
  if (tokens[j]?.lower !== 'that' || !clausal(ctx, j + 1, end) || relativeGap(ctx, j + 1, end)) return null;
  return 'speech';
}