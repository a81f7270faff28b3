import type { Modality, Sentence, Token } from '../../core/types.ts';
import type { ClauseMap } from './clauses.ts';

// verbs after which "if" opens an indirect question, not a condition
const INQUIRY = new Set(['ask', 'investigate', 'probe', 'check', 'examine', 'verify', 'see', 'know', 'wonder', 'determine', 'enquire', 'inquire', 'query', 'doubt', 'establish', 'ascertain']);

// Words before the trigger, in its verb group or governing phrase, that set its modality.
// "ready to offer" → intended; "will meet" → future; "threatened to strike" → threatened.
const INTENT = new Set(['ready', 'willing', 'prepared', 'plan', 'plans', 'planning', 'intend', 'intends', 'pledge', 'pledged', 'promise', 'promised', 'offer', 'offered', 'agree', 'agreed', 'want', 'wants', 'seek', 'seeks', 'aim', 'aims', 'vow', 'vowed', 'decide', 'decided', 'expect', 'expected', 'hope', 'hopes']);
const THREAT = new Set(['threaten', 'threatened', 'threatens', 'threatening']);
const DEMAND = new Set(['demand', 'demanded', 'demands', 'urge', 'urged', 'urges', 'call', 'called', 'calls', 'ask', 'asked', 'asks', 'order', 'ordered', 'orders', 'press', 'pressed']);
const FUTURE = new Set(['will', 'shall', "'ll", '’ll']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may']);
// "should be arrested", "must withdraw": an obligation someone states, not an act
const OBLIGATION = new Set(['should', 'must', 'ought']);
// "likely to be arrested", "allow the police to arrest": a possibility or a permission
const POSSIBLE = new Set(['likely', 'unlikely', 'allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'empower', 'empowers', 'authorise', 'authorize', 'authorises', 'authorizes']);
// words before a bare "be" that make it no subjunctive: "to be arrested", "will be", "not be"
const BEFORE_BARE_BE = new Set(['to', 'not', "n't", 'never', 'also', 'soon', 'then']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
// "refused to", and the adjectives of not doing: "the police were unwilling to register cases", "unable to control the mob"
const REFUSAL = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'unwilling', 'unable', 'reluctant']);

// verbs of announcing after which "would" is the future of reported speech: "they said they would boycott"
const ANNOUNCE = new Set(['say', 'announce', 'tell', 'state', 'declare', 'vow', 'insist', 'indicate', 'warn', 'confirm', 'add']);

/**
 * "Palestinian leaders said they would boycott all contact": in reported speech "would" is the
 * speaker's "will", not a hypothesis. The verb of saying is at most a subject and "that" away.
 */
function reportedFuture(tokens: readonly Token[], s: Sentence, would: number): boolean {
  for (let j = would - 1; j >= Math.max(s.first, would - 5); j--) {
    const t = tokens[j];
    if (ANNOUNCE.has(t.lemma) && t.pos === 'VERB') return true;
    if (t.text === ',' || t.lower === 'if' || t.lower === 'who' || t.lower === 'which') return false;
  }
  return false;
}

export interface ModalityResult {
  readonly modality: Modality;
  /** the modality of the verb group before an if/unless condition made it hypothetical: "would meet him if …" is a conditional intent */
  readonly conditioned?: Modality;
  readonly negated: boolean;
  readonly cue: string | null;
}

/**
 * Reads the words between the clause start and the trigger (nearest first), plus "if necessary"
 * style conditions anywhere in the clause.
 */
export function readModality(tokens: readonly Token[], s: Sentence, clauses: ClauseMap, first: number, patternModality: Modality | null): ModalityResult {
  const c = clauses.id[first - s.first];
  const start = Math.max(clauses.starts[c], first - 8);
  let modality: Modality | null = patternModality;
  let negated = false;
  let cue: string | null = null;
  for (let k = first - 1; k >= start; k--) {
    const t = tokens[k];
    const w = t.lower;
    if (NEGATORS.has(w) && first - k <= 4) negated = true;
    if (REFUSAL.has(t.lemma) && tokens[k + 1]?.lower === 'to') negated = true;
    if (modality) continue;
    const toNext = tokens[k + 1]?.lower === 'to';
    if (THREAT.has(w) && toNext) [modality, cue] = ['threatened', w];
    else if (INTENT.has(w) && toNext) [modality, cue] = ['intended', w];
    else if (DEMAND.has(w) && (toNext || tokens[k + 1]?.lower === 'for' || tokens[k + 1]?.lower === 'on')) [modality, cue] = ['demanded', w];
    else if (FUTURE.has(w)) [modality, cue] = ['future', w];
    else if ((w === 'is' || w === 'are') && toNext) [modality, cue] = ['future', `${w} to`];
    // "is due to visit" is future; "suffocated due to inhaling tear gas" gives a cause
    else if (w === 'due' && toNext && tokens[k - 1]?.lemma === 'be') [modality, cue] = ['future', 'due to'];
    else if (w === 'would' && reportedFuture(tokens, s, k)) [modality, cue] = ['future', 'said … would'];
    else if (HYPOTHETICAL.has(w)) [modality, cue] = ['hypothetical', w];
    else if (OBLIGATION.has(w)) [modality, cue] = ['demanded', w];
    // "we have to arrest the guilty": an obligation still to meet ("had to resort to firing" was done)
    else if ((w === 'have' || w === 'has') && toNext) [modality, cue] = ['demanded', `${w} to`];
    // "demanded that Kodnani be arrested", "suggested those guilty be booked": a bare "be" is the subjunctive of a demand
    else if (w === 'be' && k === first - 1 && !BEFORE_BARE_BE.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.pos !== 'AUX') [modality, cue] = ['demanded', 'be (subjunctive)'];
    else if (POSSIBLE.has(w) && (toNext || first - k <= 4)) [modality, cue] = ['hypothetical', w];
  }
  // "… ready to offer help if necessary" / "If Brussels refuses, Hungary will veto": a condition
  // right after the event's clause, or opening the sentence, makes the event conditional.
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].lower;
    if (w !== 'if' && w !== 'unless') continue;
    // "investigating if those arrested have links": after a verb of asking or finding out, "if" is "whether"
    if (w === 'if' && k > s.first && INQUIRY.has(tokens[k - 1].lemma)) continue;
    const ck = clauses.id[k - s.first];
    if (ck === c + 1 || (ck < c && clauses.starts[ck] === s.first)) return { modality: 'hypothetical', negated, cue: w, conditioned: modality ?? 'asserted' };
  }
  return { modality: modality ?? 'asserted', negated, cue };
}
