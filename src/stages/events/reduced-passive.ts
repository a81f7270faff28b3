import type { Token } from '../../core/types.ts';

// Verbs that always take an object: with none after them they are passive participles.
const OBJECT_VERBS = new Set([
  'arrest', 'detain', 'nab', 'apprehend', 'book', 'jail', 'imprison', 'kill', 'murder', 'injure', 'wound', 'lynch',
  'stab', 'behead', 'abduct', 'kidnap', 'capture', 'rape', 'torture', 'massacre', 'slaughter', 'execute', 'hang',
]);
const PARTICIPLE = /(ed|en)$/;
const OBJECT_START = /^(DET|NOUN|PROPN|NUM|PRON)$/;
// "arrested more than 100 Palestinians", "killed at least 12": quantities open an object
const QUANTIFIER = new Set(['more', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'up', 'at', 'another', 'all', 'both', 'few', 'fewer', 'roughly', 'approximately', 'close']);

/**
 * "31 people arrested near here", "those killed in police firing": a participle of a verb that
 * must take an object, right after a noun and with no object of its own, is a passive with its
 * auxiliary left out (a reduced relative). "police arrested 31 people" has its object.
 */
export function isReducedPassive(tokens: readonly Token[], head: number, sentenceFirst: number): boolean {
  const t = tokens[head];
  if (head <= sentenceFirst || !PARTICIPLE.test(t.lower) || !OBJECT_VERBS.has(t.lemma)) return false;
  // "people similarly arrested under the act": an adverb may stand between the noun and the participle
  let b = head - 1;
  while (b > sentenceFirst && tokens[b].pos === 'ADV' && /ly$/.test(tokens[b].lower)) b--;
  const p = tokens[b];
  // "among those arrested": the tagger may read "those" as a determiner
  const patientPronoun = /^(those|others|many|some|all)$/.test(p.lower);
  if (p.pos !== 'NOUN' && p.pos !== 'PROPN' && p.pos !== 'NUM' && p.pos !== 'PRON' && !(p.pos === 'DET' && patientPronoun)) return false;
  // "who were killed" is a passive with its auxiliary; "they killed" has a subject pronoun, not a patient
  if (p.pos === 'PRON' && !patientPronoun) return false;
  let k = head + 1;
  while (tokens[k]?.pos === 'ADV' && !QUANTIFIER.has(tokens[k].lower)) k++;
  const next = tokens[k];
  if (next && next.lower === 'up') return false;
  return !next || !(OBJECT_START.test(next.pos) || QUANTIFIER.has(next.lower));
}
