import type { Mention, Sentence, Token } from '../../core/types.ts';
import { SPEECH_CUES } from '../attributions/cues.ts';
import type { ClauseMap } from './clauses.ts';
import type { Trigger } from './find-triggers.ts';
import { isReducedPassive } from './reduced-passive.ts';
import { symmetricCode } from './roles.ts';

const PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'with', 'from', 'against', 'for', 'to', 'by', 'about', 'into', 'over', 'near', 'toward', 'towards', 'between', 'among', 'under', 'after', 'before', 'during', 'like', 'than']);
const QUANTITY = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'number', 'group', 'some', 'many', 'millions', 'tens', 'handful', 'crowd', 'crowds', 'members', 'supporters', 'several', 'most', 'all', 'one', 'two', 'three']);
const BE = new Set(['be', 'get']);
const QUANTIFIERS = new Set(['most', 'some', 'all', 'many', 'several', 'few', 'both']);
const OWN_OBJECT = /^(03|07|15)/;
const INSTRUMENT = /^(03|04|05|07|08|15|16)/;
const REACHES_COMPLEMENT = /^(02|10|11|12|13)/;
const NOMINAL_MODIFIER = new Set(['ADJ', 'NUM', 'NOUN', 'PART']);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);

export interface SentenceContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly s: Sentence;
  readonly clauses: ClauseMap;
  /** mentions of this sentence that may be arguments (not locative, not modifiers) */
  readonly mentions: readonly Mention[];
  /** all mentions of this sentence, places included */
  readonly allMentions: readonly Mention[];
}

export interface Arguments {
  readonly sources: Mention[];
  readonly target: Mention | null;
  readonly passive: boolean;
}

const clause = (c: SentenceContext, k: number) => c.clauses.id[k - c.s.first];

/** "were arrested", "had been deployed", "was attacked by". */
export function isPassive(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  if (!/(ed|en|wn|ht|ne|un|id)$/.test(t.lower) && t.lower !== 'held' && t.lower !== 'hit' && t.lower !== 'shot') return false;
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
    const p = tokens[k];
    if (BE.has(p.lemma) || p.lower === 'been') return !(p.lower === 'been' && tokens[k - 1]?.lemma === 'have' && tokens[head].pos === 'NOUN');
    if (p.pos !== 'ADV' && p.pos !== 'PART') return false;
  }
  return false;
}

/** A mention right after a preposition or a verb is an object, not a subject. */
function subjectLike(c: SentenceContext, m: Mention): boolean {
  let k = m.first - 1;
  // quantifiers the tagger may read as adverbs belong to the noun phrase: "to most West Africans"
  while (k >= c.s.first && (c.tokens[k].pos === 'DET' || c.tokens[k].pos === 'ADJ' || c.tokens[k].pos === 'NUM' || QUANTIFIERS.has(c.tokens[k].lower))) k--;
  if (k < c.s.first) return true;
  const p = c.tokens[k];
  if (p.lower === 'of') return QUANTITY.has(c.tokens[k - 1]?.lower ?? '');
  // "He said NATO tanks had been deployed": after a verb of saying comes the subject of what was said
  if (p.pos === 'VERB' && SPEECH_CUES.has(p.lemma) && p.lemma !== 'tell') return true;
  return !PREPOSITIONS.has(p.lower) && p.pos !== 'VERB';
}

/** Mentions joined by "and" / "," to `m` on its left: "Russia and China vetoed". */
function compoundLeft(c: SentenceContext, m: Mention): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const prev = c.mentions.filter((x) => x.last <= cur.first && x.last >= cur.first - 1).pop();
    if (!prev) break;
    const gap = c.tokens[cur.first - 1];
    if (!gap || (gap.lower !== 'and' && gap.lower !== ',') || prev.last !== cur.first - 1) break;
    // "Kasimir Volk, Zorgia's opposition leader, said": a name no entry knows beside a comma is an apposition
    if (gap.lower === ',' && (prev.kind === 'unknown' || cur.kind === 'unknown')) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Zorgia, a key ally of Xland in the region, has refused": a noun phrase set off by commas right
 * before the verb group describes the named state before it, which is the subject. `k` is the last
 * token before the verb group. Not a list ("Zorgia, Xland and Yland, said"), not a clause.
 */
function beforeApposition(c: SentenceContext, k: number): Mention | undefined {
  if (c.tokens[k]?.text !== ',') return undefined;
  let j = k - 1;
  while (j > c.s.first && j > k - 15 && c.tokens[j].text !== ',') {
    const t = c.tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'PRON' || t.text === ';') return undefined;
    j--;
  }
  if (c.tokens[j]?.text !== ',' || !ARTICLES.has(c.tokens[j + 1]?.lower ?? '') || j + 1 >= k) return undefined;
  const m = c.mentions.find((x) => x.last === j && x.first === c.s.first && x.kind === 'country');
  return m;
}

/** The subject: nearest eligible mention to the left, skipping relative clauses and object positions. */
export function findSubject(c: SentenceContext, head: number): Mention[] {
  // "data showed the police had actually arrested …": a mention right before the verb group is its subject
  let k = head - 1;
  while (k >= c.s.first && /^(AUX|ADV|PART)$/.test(c.tokens[k].pos)) k--;
  const adjacent = c.mentions.find((m) => m.last === k + 1 && !c.clauses.relative[m.first - c.s.first]);
  if (adjacent && k < head - 0 && !PREPOSITIONS.has(c.tokens[adjacent.first - 1]?.lower ?? '')) return compoundLeft(c, adjacent);
  const appositive = beforeApposition(c, k);
  if (appositive) return [appositive];
  const headClause = clause(c, head);
  const startKind = c.clauses.kinds[headClause];
  // "foiled by the police, who fired 20 rounds": a relative pronoun's subject is the noun it follows
  const start = c.clauses.starts[headClause];
  if (startKind === 'relative' && /^(who|which)$/.test(c.tokens[start].lower) && !c.mentions.some((m) => m.first > start && m.last <= head)) {
    const antecedent = c.mentions.find((m) => m.last === start - 1 || m.last === start);
    if (antecedent) return [antecedent];
  }
  let fallback: Mention | null = null;
  for (let j = c.mentions.length - 1; j >= 0; j--) {
    const m = c.mentions[j];
    if (m.last > head) continue;
    const mc = clause(c, m.first);
    if (c.clauses.relative[m.first - c.s.first] && !c.clauses.relative[head - c.s.first]) continue;
    // leave the clause only when it has no subject of its own: coordination, infinitives, resumption
    if (mc !== headClause && (startKind === 'complement' || startKind === 'sub' || startKind === 'conditional')) {
      const between = c.tokens.slice(c.clauses.starts[headClause], head);
      if (between.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) break;
    }
    if (subjectLike(c, m)) return compoundLeft(c, m);
    fallback ??= m;
  }
  return fallback ? [fallback] : [];
}

/**
 * The target: a mention after one of the pattern's target prepositions ("handed the suspect over to
 * Rwanda"), else the first coded mention after the trigger in its clause. Demands, appeals, threats
 * and accusations reach into their "that" clause: "Iraq demanded that Turkey stop".
 */
export function findObject(c: SentenceContext, tr: Trigger, exclude: readonly Mention[]): Mention | null {
  const headClause = clause(c, tr.head);
  const reach = REACHES_COMPLEMENT.test(tr.pattern.cameo);
  const own = new Set(exclude.map((x) => x.code?.slice(0, 3)).filter(Boolean));
  const eligible: Mention[] = [];
  for (const m of c.mentions) {
    if (m.first < tr.last || exclude.includes(m)) continue;
    if (m.first - tr.last > 12) break;
    const mc = clause(c, m.first);
    if (mc !== headClause && !(reach && mc === headClause + 1 && c.clauses.kinds[mc] === 'complement')) break;
    // a closing or opening quote mark ends the object search: '… ordering us," he said'
    if (c.tokens.slice(tr.last, m.first).some((t) => QUOTE_MARKS.has(t.text))) break;
    // an uncoded role noun is no target; a name no dictionary knows is ("met Kasimir Volk")
    if (!m.code && m.kind !== 'unknown') continue;
    const ownAgent = m.contextCountry || own.has(m.country);
    // the forces or aid named by the pattern are not its target: "massed troops", "sent aid workers"
    if (tr.objectSpan && m.first < tr.objectSpan[1] && m.last > tr.objectSpan[0] && OWN_OBJECT.test(tr.pattern.cameo) && ownAgent) continue;
    // between states, the source's own agents named as direct objects are its instruments, not its
    // targets: "withdrew its troops", "closed its embassy in Kabul", "sent an envoy to Myanmar"
    if (m.contextCountry && INSTRUMENT.test(tr.pattern.cameo) && own.has(m.country) && !PREPOSITIONS.has(c.tokens[m.first - 1]?.lower ?? '')) continue;
    eligible.push(m);
  }
  if (tr.pattern.targetPreps.length) {
    // a capital after "to" is where someone goes, not whom they act on: "invited the president to Berlin"
    const afterPrep = eligible.find((m) => {
      if (m.metonym) return false;
      let k = m.first - 1;
      while (k > tr.last && /^(DET|ADJ|NUM)$/.test(c.tokens[k].pos)) k--;
      return tr.pattern.targetPreps.includes(c.tokens[k]?.lower ?? '');
    });
    if (afterPrep) return afterPrep;
  }
  // a name no entry knows is the target as the direct object ("sued Acme Mining"), not further on
  return eligible.find((m) => m.kind !== 'unknown' || c.tokens.slice(tr.last, m.first).every((t) => /^(DET|ADJ|NUM)$/.test(t.pos))) ?? null;
}

/**
 * The agent of a passive: "arrested by police", past a short place or destination phrase: "were
 * escorted to a relief camp by the police". A comma ends the search.
 */
function byAgent(c: SentenceContext, tr: Trigger): Mention | null {
  for (let k = tr.last; k < Math.min(c.s.last, tr.last + 7); k++) {
    const t = c.tokens[k];
    if (t.lower === 'by') return c.mentions.find((m) => m.first > k && m.first <= k + 4) ?? null;
    if (t.text === ',' || t.text === ';') break;
  }
  return null;
}

// participles that say how the subject stands towards an act it is to do: "Chile is committed to
// reopening talks", "the army is prepared to intervene" — the subject acts, nobody acts on it
const STANCE = new Set(['committed', 'determined', 'prepared', 'resolved', 'obliged', 'compelled', 'dedicated', 'poised', 'inclined', 'bound']);

export function assignArguments(c: SentenceContext, tr: Trigger): Arguments {
  if (tr.pattern.kind === 'verb' && !(STANCE.has(c.tokens[tr.head].lower) && c.tokens[tr.head + 1]?.lower === 'to') && (isPassive(c.tokens, tr.head) || isReducedPassive(c.tokens, tr.head, c.s.first))) {
    const agent = byAgent(c, tr);
    const patient = findSubject(c, tr.head)[0] ?? null;
    // force posture in the agentless passive: "tanks had been deployed" — the forces are the actor
    if (!agent && tr.pattern.cameo.startsWith('15')) {
      return { sources: patient ? [patient] : [], target: findObject(c, tr, patient ? [patient] : []), passive: true };
    }
    return { sources: agent ? [agent] : [], target: patient, passive: true };
  }
  if (tr.pattern.kind === 'noun') return nominalArguments(c, tr);
  const sources = findSubject(c, tr.head);
  return { sources, target: findObject(c, tr, sources), passive: false };
}

/** "talks between X and Y", "X's call with Y", "protests against X", "the arrest of X". */
function nominalArguments(c: SentenceContext, tr: Trigger): Arguments {
  // the mention right after a preposition, not past a comma: "in a bomb attack on Thursday, police said"
  const after = (k: number) => c.mentions.find((m) => m.first > k && m.first <= k + 3 && !c.tokens.slice(k + 1, m.first).some((t) => t.text === ',')) ?? null;
  let source: Mention | null = null;
  let target: Mention | null = null;
  // "the Indian prime minister's two-day visit", "Ethiopian troop withdrawal", "Russia's invasion"
  const prev = c.mentions.filter((m) => m.first < tr.first && m.last <= tr.head && m.last >= tr.first - 5).pop();
  if (prev && c.tokens.slice(Math.min(prev.last, tr.first), tr.first).every((t) => NOMINAL_MODIFIER.has(t.pos) || t.lower === "'s" || t.lower === '’s' || t.text === '-')) source = prev;
  let verbs = 0;
  for (let k = tr.last; k < Math.min(c.s.last, tr.last + 6); k++) {
    const w = c.tokens[k].lower;
    // "protests continue against X", "clashes erupted between X and Y": one verb may come between
    if (c.tokens[k].pos === 'VERB' && ++verbs > 1) break;
    if (w === 'between' || w === 'among') {
      const a = after(k);
      const b = a ? c.mentions.find((m) => m.first > a.last && m.first <= a.last + 2) : null;
      // "Algerian mediation between Mali and the rebels": the owner acts on the parties; so does the
      // subject that launches it: "Qatar's emir launched a mediation effort between Bahrain and Oman"
      if (a && source) return { sources: [source], target: a, passive: false };
      const owner = a && !symmetricCode(tr.pattern.cameo) && c.tokens.slice(c.clauses.starts[clause(c, tr.first)], tr.first).some((t) => t.pos === 'VERB') ? findSubject(c, tr.first)[0] : undefined;
      if (a && owner && owner !== a) return { sources: [owner], target: a, passive: false };
      if (a) return { sources: [a], target: b ?? null, passive: false };
    }
    if (w === 'by' && !source) source = after(k);
    else if ((w === 'against' || w === 'on' || w === 'with' || w === 'of' || w === 'to') && !target) target = after(k);
  }
  const start = c.clauses.starts[clause(c, tr.first)];
  const before = c.tokens.slice(start, tr.first);
  const asObject = before.some((t) => t.pos === 'VERB');
  const inOpeningPhrase = before.length > 0 && PREPOSITIONS.has(before[0].lower);
  if (!source && (asObject || inOpeningPhrase)) {
    // "Russia held a phone call …" (object) / "During a phone call …, the Belarusian and Russian presidents said"
    const left = asObject ? findSubject(c, tr.first) : [];
    const subj = c.mentions.find((m) => m.first > tr.last && subjectLike(c, m));
    const pick = left.length ? left : subj ? compoundRight(c, subj) : [];
    if (pick.length) source = pick[0];
    if (!target && pick.length > 1) target = pick[1];
  }
  return { sources: source ? [source] : [], target: target !== source ? target : null, passive: false };
}

/** "the Belarusian and Russian presidents": the mention and those joined to it by "and" on its right. */
function compoundRight(c: SentenceContext, m: Mention): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const gap = c.tokens[cur.last];
    const next = c.mentions.find((x) => x.first === cur.last + 1);
    if (!next || !gap || (gap.lower !== 'and' && gap.lower !== ',')) break;
    out.push(next);
    cur = next;
  }
  return out;
}
