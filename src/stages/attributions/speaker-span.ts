import type { ActorRef, Mention, Token } from '../../core/types.ts';
import { type AttributionContext, tokenSpan } from './attribution-context.ts';
import { AGENT_OF, PERSONAL_PRONOUNS, TIME_WORDS } from './cues.ts';

const NP_DET = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'some', 'many', 'most', 'several', 'these', 'those', 'both', 'each', 'every', 'no', 'all', 'other']);
const SKIP_BEFORE_CUE = new Set(['AUX', 'ADV', 'PART']);
const OF_WORDS = new Set(['for', 'of', 'to', 'at', 'with']);
const MANNER = new Set(['first', 'initially', 'previously', 'publicly', 'privately', 'repeatedly', 'reportedly', 'quickly', 'immediately']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'several', 'none', 'all', 'each', 'both', 'few', 'two', 'three']);
const RELATIVE = new Set(['who', 'which', 'that']);

/** A noun phrase: tokens [first, last), the mention it is (if any), whether it is a pronoun. */
export interface Np {
  readonly first: number;
  readonly last: number;
  readonly mention: Mention | null;
  readonly pronoun: boolean;
}

const isPossessive = (t: Token | undefined) => !!t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');
const capitalised = (t: Token) => /^[A-Z]/.test(t.text);

/** A word that can sit inside a noun phrase ("Secretary of State Mike Pompeo", "Russia's Foreign Ministry spokeswoman"). */
function inner(t: Token, next: Token | undefined): boolean {
  if (TIME_WORDS.has(t.lower)) return false;
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  if (isPossessive(t)) return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || capitalised(next));
  // "conservative-leaning": a hyphen joins two words of the phrase
  if (t.text === '-') return !!next && next.start === t.end && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'VERB' || next.pos === 'PROPN');
  if (t.text === '.') return false;
  // the tagger reads some names as verbs ("Ted Cruz"): a capital inside a run of names is a name
  return capitalised(t) && (t.pos === 'VERB' || t.pos === 'ADV') && !!next && next.pos === 'PROPN';
}

/** A capitalised word inside a sentence that the tagger read as a verb or adjective: '“…,” Blunt, after a pause, said'. */
function nameLike(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (!capitalised(t) || !/^(VERB|ADJ|ADV|NOUN)$/.test(t.pos) || t.text.length < 2 || TIME_WORDS.has(t.lower)) return false;
  // 'Lynch said there remains …': a capitalised word opening a sentence right before its verb is the subject
  const opensSentence = !prev || prev.sentence !== t.sentence || ctx.paragraph[k - 1] !== ctx.paragraph[k];
  if (opensSentence && ctx.tokens[k + 1]?.pos === 'VERB' && t.pos !== 'NOUN' && !/ing$/.test(t.lower)) return true;
  if (!prev || (prev.sentence !== t.sentence && !/^["”’]$/.test(prev.text))) return false;
  return !/^[.!?:]$/.test(prev.text) && !TIME_WORDS.has(t.lower);
}

/** Steps back over "(R-TX)" and similar brackets right before `at`. */
function skipBracketBack(tokens: readonly Token[], at: number, floor: number): number {
  if (at - 1 < floor || tokens[at - 1].text !== ')') return at;
  for (let k = at - 2; k >= Math.max(floor, at - 8); k--) if (tokens[k].text === '(') return k;
  return at;
}

/** The noun phrase that ends just before token `at` (not before `floor`). */
export function npEndingAt(ctx: AttributionContext, at: number, floor: number): Np | null {
  const { tokens } = ctx;
  at = skipBracketBack(tokens, at, floor);
  const k = at - 1;
  if (k < floor) return null;
  const t = tokens[k];
  if (PERSONAL_PRONOUNS.has(t.lower)) return { first: k, last: k + 1, mention: ctx.endingAt.get(at) ?? null, pronoun: true };
  const m = ctx.endingAt.get(at) ?? null;
  // "most said", "many believe": a quantifier standing alone is the speaker
  if (!m && QUANTIFIERS.has(t.lower) && t.pos !== 'NUM' && (k === floor || !/^(NOUN|PROPN|ADJ|ADP|DET)$/.test(tokens[k - 1].pos))) return { first: k, last: at, mention: null, pronoun: false };
  let first: number;
  if (m && m.first >= floor) first = m.first;
  else if ((inner(t, tokens[at]) && t.pos !== 'ADJ' && t.pos !== 'NUM' && !isPossessive(t)) || nameLike(ctx, k)) first = k;
  else return null;
  while (first - 1 >= floor && inner(tokens[first - 1], tokens[first])) first--;
  if (first - 1 >= floor && NP_DET.has(tokens[first - 1].lower)) first--;
  // "the University of Michigan", "the Bank of England": "of" inside a capitalised name
  if (first - 2 >= floor && tokens[first - 1].lower === 'of' && tokens[first - 2].pos === 'PROPN' && capitalised(tokens[first - 2]) && capitalised(tokens[first])) {
    const head = npEndingAt(ctx, first - 1, floor);
    if (head && !head.pronoun) first = head.first;
  }
  // "a spokeswoman for the ministry", "the head of Right to Rise USA"
  if (first - 2 >= floor && OF_WORDS.has(tokens[first - 1].lower)) {
    const head = npEndingAt(ctx, first - 1, floor);
    if (head && !head.pronoun && AGENT_OF.test(tokens[head.last - 1].lower)) first = head.first;
  }
  // "Bolton and Gorka said": both speak
  if (first - 2 >= floor && tokens[first - 1].lower === 'and' && (tokens[first].pos === 'PROPN' || m)) {
    const other = npEndingAt(ctx, first - 1, floor);
    if (other && !other.pronoun && tokens[other.last - 1].pos === 'PROPN') first = other.first;
  }
  const mention = m && m.first >= first ? m : null;
  return { first, last: at, mention, pronoun: false };
}

/** The noun phrase that starts at token `at` (before `ceiling`): "said Sen. Ted Cruz (R-TX)". */
export function npStartingAt(ctx: AttributionContext, at: number, ceiling: number): Np | null {
  const { tokens } = ctx;
  if (at >= ceiling) return null;
  const t = tokens[at];
  if (PERSONAL_PRONOUNS.has(t.lower)) return { first: at, last: at + 1, mention: ctx.startingAt.get(at) ?? null, pronoun: true };
  // "one of two witnesses", "some of his aides": the part stands for the whole phrase
  if ((QUANTIFIERS.has(t.lower) || t.pos === 'NUM') && tokens[at + 1]?.lower === 'of') {
    const rest = npStartingAt(ctx, at + 2, ceiling);
    if (rest && !rest.pronoun) return { first: at, last: rest.last, mention: rest.mention, pronoun: false };
  }
  let k = at;
  if (NP_DET.has(t.lower)) k++;
  const m = ctx.startingAt.get(k) ?? null;
  let last = k;
  if (m && m.last <= ceiling) last = m.last;
  while (last < ceiling && inner(tokens[last], tokens[last + 1])) last++;
  if (last === k) return null;
  // the head is the last noun: "a narrator", not "a senior"
  while (last > k && (tokens[last - 1].pos === 'ADJ' || isPossessive(tokens[last - 1]))) last--;
  if (last === k) return null;
  // "the head of X", "a spokesman for Y"
  if (AGENT_OF.test(tokens[last - 1].lower) && last + 1 < ceiling && OF_WORDS.has(tokens[last].lower)) {
    const tail = npStartingAt(ctx, last + 1, ceiling);
    if (tail && !tail.pronoun) return { first: at, last: tail.last, mention: tail.mention, pronoun: false };
  }
  return { first: at, last, mention: m && m.last <= last ? m : null, pronoun: false };
}

/**
 * The comma-bounded insert before token `at` ("Graham, a former candidate, told"; "Trump, in
 * Kentucky, said"; "Beck, who has … , said"): the index of its opening comma, or -1.
 */
function insertBefore(ctx: AttributionContext, at: number, floor: number): number {
  const { tokens } = ctx;
  if (at - 1 <= floor || tokens[at - 1].text !== ',') return -1;
  for (let k = at - 2; k > Math.max(floor, at - 30); k--) {
    const x = tokens[k];
    if (ctx.quoted[k] || x.text === '"' || x.text === '“' || x.text === '”') return -1;
    if (x.text === ',') return k;
  }
  return -1;
}

/**
 * Steps back from a cue over what stands between it and its subject: auxiliaries and adverbs
 * ("has also said"), times ("on Saturday", "Tuesday") and brackets ("Sen. Bernie Sanders (I-Vt.)").
 */
export function skipToSubject(ctx: AttributionContext, cue: number, floor: number): number {
  const { tokens } = ctx;
  let at = cue;
  for (;;) {
    const p = tokens[at - 1];
    if (at - 1 < floor || !p) return at;
    // 'Trump was quick to add', 'she was careful to note': an adjective of manner and "to" before the cue
    if (p.lower === 'to' && tokens[at - 2]?.pos === 'ADJ' && tokens[at - 3]?.lemma === 'be' && at - 3 >= floor) at -= 2;
    // 'replied later Saturday to suggest', 'went on to call', 'appeared to blame': the first verb's subject
    else if (p.lower === 'to' && at - 2 > floor && chainVerb(tokens, at - 2, floor) >= 0) at = chainVerb(tokens, at - 2, floor);
    else if (SKIP_BEFORE_CUE.has(p.pos) && !PERSONAL_PRONOUNS.has(p.lower) && !QUANTIFIERS.has(p.lower)) at--;
    else if (REFLEXIVES.has(p.lower) || MANNER.has(p.lower)) at--;
    else if (TIME_WORDS.has(p.lower) && p.pos !== 'PRON') at -= tokens[at - 2] && tokens[at - 2].pos === 'ADP' && at - 2 >= floor ? 2 : 1;
    else if (adjunctStart(ctx, at, floor) >= 0) at = adjunctStart(ctx, at, floor);
    else if (p.text === ')') {
      const back = skipBracketBack(tokens, at, floor);
      if (back === at) return at;
      at = back;
    } else return at;
  }
}

/**
 * A short prepositional phrase between a named subject and its verb: "Trump in his announcement
 * speech called", "Sanders in an MSNBC forum acknowledged". Its first token, or -1.
 */
function adjunctStart(ctx: AttributionContext, at: number, floor: number): number {
  const { tokens } = ctx;
  if (!/^(NOUN|PROPN)$/.test(tokens[at - 1]?.pos ?? '')) return -1;
  for (let k = at - 2; k >= Math.max(floor + 1, at - 5); k--) {
    const t = tokens[k];
    if (t.pos === 'ADP' && /^(in|on|at|during|from)$/.test(t.lower)) {
      const before = tokens[k - 1];
      const named = before && (before.pos === 'PROPN' || before.text === ')' || ctx.endingAt.has(k) || REFLEXIVES.has(before.lower));
      return named ? k : -1;
    }
    if (!/^(NOUN|PROPN|DET|ADJ|NUM|PRON)$/.test(t.pos) && !isPossessive(t)) return -1;
  }
  return -1;
}

/** The speaker standing before a cue: a known actor, a name, a noun phrase, or a pronoun (auxiliaries and inserts skipped). */
export function speakerBefore(ctx: AttributionContext, cue: number, floor: number): Np | null {
  const { tokens } = ctx;
  const at = skipToSubject(ctx, cue, floor);
  const direct = npEndingAt(ctx, at, floor);
  if (direct) return direct;
  // "Ramil Carr, 31, a Philadelphia freelance photographer, said": up to three inserts back
  // (a name before an apposition is the speaker: "Maria Zakharova, the ministry's spokeswoman, said")
  let comma = insertBefore(ctx, at, floor);
  let fallback: Np | null = null;
  for (let n = 0; n < 3 && comma > floor; n++) {
    const np = npEndingAt(ctx, comma, floor);
    const named = np && (np.mention?.code || tokens[np.last - 1].pos === 'PROPN' || nameLike(ctx, np.last - 1));
    if (np && (named || (n === 0 && np.pronoun))) return np;
    if (np && n === 0) fallback = np;
    comma = insertBefore(ctx, comma + 1, floor);
  }
  if (fallback) return fallback;
  // 'Another Muslim who worshiped there and who did not want to be named said': the noun before a relative
  // clause that runs up to the cue
  for (let k = at - 2; k >= Math.max(floor + 1, at - 25) && !RELATIVE.has(tokens[at - 1]?.lower ?? ''); k--) {
    const x = tokens[k];
    if (ctx.quoted[k] || /^[.;:!?"“”]$/.test(x.text)) break;
    if (x.lower === 'who' && tokens[k - 1].lower === 'and') continue;
    if (x.lower === 'who' && tokens[k - 1].text !== ',' && /^(NOUN|PROPN)$/.test(tokens[k - 1].pos)) {
      const np = npEndingAt(ctx, k, floor);
      if (np && !np.pronoun && (np.first === floor || !/^(VERB|ADP)$/.test(tokens[np.first - 1]?.pos ?? ''))) {
        // 'Yevgeny Kopachko, a pollster who worked with him, called': the name before the apposition
        const head = tokens[np.first - 1]?.text === ',' ? npEndingAt(ctx, np.first - 1, floor) : null;
        return head && !head.pronoun && (head.mention?.code || tokens[head.last - 1].pos === 'PROPN') ? head : np;
      }
      break;
    }
  }
  // "Beck, who has described …": the relative pronoun stands for the noun phrase before it
  if (at - 1 >= floor && RELATIVE.has(tokens[at - 1].lower) && /^[,—–]$/.test(tokens[at - 2]?.text ?? '')) {
    const np = npEndingAt(ctx, at - 2, floor);
    return np ? { ...np, last: at } : null;
  }
  // 'a message that said “…”', 'a letter which reads': a restrictive relative stands for the noun right before it
  if (at - 2 >= floor && /^(that|which)$/.test(tokens[at - 1].lower) && /^(NOUN|PROPN)$/.test(tokens[at - 2].pos)) {
    const np = npEndingAt(ctx, at - 1, floor);
    return np && !np.pronoun ? { ...np, last: at } : null;
  }
  return null;
}

/** The speaker right after a cue: "said Bolton", "says a narrator", "added Sen. Cruz, the …". */
export function speakerAfter(ctx: AttributionContext, cue: number, ceiling: number): Np | null {
  const np = npStartingAt(ctx, cue + 1, ceiling);
  if (np) return np;
  // 'said Concord resident Whit Symms': a capitalised word the tagger read as a verb opens the name
  const t = ctx.tokens[cue + 1];
  if (!t || !capitalised(t) || !/^(VERB|ADJ|ADV)$/.test(t.pos) || TIME_WORDS.has(t.lower)) return null;
  const rest = npStartingAt(ctx, cue + 2, ceiling);
  return rest && !rest.pronoun ? { ...rest, first: cue + 1 } : null;
}

/** An actor reference for a noun phrase; the actor (code, entity) comes from its mention. */
export function npRef(ctx: AttributionContext, np: Np): ActorRef {
  const s = tokenSpan(ctx, np.first, np.last);
  return { ...s, code: np.mention?.code ?? null, entity: np.mention?.entity ?? null };
}

const COORDINATORS = new Set(['and', 'but', 'then', 'yet']);

/** "… and said", "…, but told": the cue is the second verb of a subject named before. */
export function coordinated(ctx: AttributionContext, cue: number, floor: number): boolean {
  const { tokens } = ctx;
  let at = skipToSubject(ctx, cue, floor);
  // '…, but in a later interview said': a place or time between the conjunction and the verb
  for (let k = at - 2; k >= Math.max(floor + 1, at - 6); k--) {
    if (tokens[k + 1].pos === 'PUNCT' && !isPossessive(tokens[k + 1])) break;
    if (tokens[k].pos === 'ADP' && /^(in|at|on|during|from)$/.test(tokens[k].lower) && COORDINATORS.has(tokens[k - 1]?.lower ?? '')) {
      at = k;
      break;
    }
  }
  const p = tokens[at - 1];
  return !!p && at - 1 > floor && COORDINATORS.has(p.lower);
}

/** The first subject-like noun phrase of the sentence before token `before`: "Democrat Hillary Clinton has taken a swipe …, saying". */
export function sentenceSubject(ctx: AttributionContext, s: { first: number }, before: number): Np | null {
  const { tokens } = ctx;
  for (let k = s.first; k < before; k++) {
    if (ctx.quoted[k]) continue;
    const prev = tokens[k - 1];
    if (k > s.first && prev && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ' || prev.pos === 'VERB')) continue;
    const np = npStartingAt(ctx, k, before);
    // a named actor or pronoun anywhere, or the noun phrase that opens the sentence ('A campaign official later …')
    if (np && (np.pronoun || np.mention || tokens[np.last - 1].pos === 'PROPN' || k === s.first)) {
      const after = tokens[skipToSubjectForward(ctx, np.last, before)];
      if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.text === ',')) return np;
    }
  }
  return null;
}

/** Steps forward over adverbs, times and brackets after a subject: "Sanders (I-Vt.) on Saturday criticized". */
function skipToSubjectForward(ctx: AttributionContext, at: number, ceiling: number): number {
  const { tokens } = ctx;
  let k = at;
  while (k < ceiling) {
    const t = tokens[k];
    if (t.pos === 'ADV' || TIME_WORDS.has(t.lower)) k++;
    else if (t.pos === 'ADP' && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')) k += 2;
    else if (t.text === '(') {
      let j = k + 1;
      while (j < Math.min(ceiling, k + 8) && tokens[j].text !== ')') j++;
      if (j >= ceiling || tokens[j].text !== ')') return k;
      k = j + 1;
    } else return k;
  }
  return k;
}

/** The verb that 'to' at k + 1 completes, past a particle and times ('went on', 'replied later Saturday'): its index or -1. */
function chainVerb(tokens: readonly Token[], k: number, floor: number): number {
  let j = k;
  while (j > floor && j > k - 3 && (TIME_WORDS.has(tokens[j].lower) || tokens[j].pos === 'ADV' || /^(on|out|up)$/.test(tokens[j].lower))) j--;
  const v = tokens[j];
  return v && v.pos === 'VERB' && !/ing$/.test(v.lower) && v.lemma !== 'be' ? j : -1;
}