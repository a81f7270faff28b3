// Is a date phrase about the future? Decided by the nearest verb of its own clause, because a
// sentence-wide test fails on "During a phone call on Saturday, the presidents said the turmoil
// will be remedied" (Saturday is past; "will" belongs to another clause).
import type { Token } from '../../core/types.ts';
import type { DateTense } from './date-rules.ts';

/** Tokens that end a clause: reporting verbs and conjunctions ("officials said", "that", "but"). */
const CLAUSE_WORDS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'announced', 'according', 'stated',
  'that', 'but', 'while', 'because', 'although', 'though', 'after', 'when', 'which', 'who',
]);
const CLAUSE_PUNCT = /^[,;:()"“”—–]$/;
/** "will meet", "we'll", "won't": future whatever follows */
const FUTURE_WORDS = new Set(['will', 'shall', 'wo', "'ll", '’ll', 'upcoming']);
/** "is due to", "expected to", "scheduled for", "plans to", "going to": future when "to"/"for" follows */
const FUTURE_BEFORE_TO = new Set([
  'due', 'expected', 'scheduled', 'set', 'plans', 'plan', 'planned', 'planning', 'intends', 'going',
]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const NOT_PAST = new Set(['am', 'is', 'are', 'be', 'has', 'have', 'do', 'does', 'can', 'may', 'must']);

type Verdict = DateTense | 'boundary' | null;

function verdict(tokens: readonly Token[], i: number): Verdict {
  const t = tokens[i];
  if (CLAUSE_PUNCT.test(t.text) || CLAUSE_WORDS.has(t.lower)) return 'boundary';
  if (FUTURE_WORDS.has(t.lower)) return 'future';
  if (FUTURE_BEFORE_TO.has(t.lower) && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'for')) return 'future';
  // "ahead of Saturday's caucus"
  if (t.lower === 'ahead' && tokens[i + 1]?.lower === 'of') return 'future';
  if (PAST_AUX.has(t.lower)) return 'past';
  if (t.pos !== 'VERB' || NOT_PAST.has(t.lower) || t.lower === t.lemma || t.lower.endsWith('ing')) return null;
  // "meets on Monday", "comes into force on Sunday": the scheduled present is about the future
  if (t.lower.endsWith('s')) return 'future';
  // a participle takes the tense of its auxiliaries: "will be counted Tuesday"
  for (let j = i - 1; j >= 0 && j >= i - 3 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV'); j--) {
    if (FUTURE_WORDS.has(tokens[j].lower)) return 'future';
  }
  return 'past';
}

/**
 * Tense of the date phrase covering tokens [first, last) of a sentence whose tokens are
 * [from, to): the nearest decisive word before it in its clause, else (for a fronted phrase,
 * "On Monday, ministers will meet") the first one after it; past when nothing decides.
 */
export function tenseAt(tokens: readonly Token[], from: number, to: number, first: number, last: number): DateTense {
  for (let i = first - 1; i >= from; i--) {
    const v = verdict(tokens, i);
    if (v === 'boundary') break;
    if (v !== null) return v;
  }
  let i = last;
  if (i < to && tokens[i].text === ',') i++;
  for (; i < to; i++) {
    const v = verdict(tokens, i);
    if (v === 'boundary') break;
    if (v !== null) return v;
  }
  return 'past';
}
