import type { ActorRef, Mention, Token } from '../../core/types.ts';
import { lowerBound } from '../../core/lower-bound.ts';

const firstOf = (m: Mention) => m.first;

const NP_DET = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another']);

export function mentionRef(m: Mention): ActorRef {
  return { start: m.start, end: m.end, text: m.text, code: m.code, entity: m.entity };
}

/** The actor mention that ends just before token `at` (allowing "also", "later" …), if any. */
export function mentionEndingAt(mentions: readonly Mention[], tokens: readonly Token[], at: number): Mention | null {
  let k = at;
  while (k > 0 && tokens[k - 1].pos === 'ADV') k--;
  // mentions are in text order; one that starts at or after k cannot end at k
  for (let j = lowerBound(mentions, firstOf, k) - 1; j >= 0; j--) {
    const m = mentions[j];
    if (m.last === k || (m.last === k - 1 && tokens[k - 1].lower === ',')) return m;
    if (m.last < k - 1) break;
  }
  return null;
}

export function mentionStartingAt(mentions: readonly Mention[], at: number): Mention | null {
  for (let j = lowerBound(mentions, firstOf, at); j < mentions.length && mentions[j].first <= at + 1; j++) {
    const m = mentions[j];
    if (m.first === at || m.first === at + 1) return m;
  }
  return null;
}

/**
 * A speaker with no dictionary entry: a run of proper nouns ("John Smith") or a short noun phrase
 * ("the official", "a spokeswoman for the ministry") next to the cue.
 */
export function nounPhraseBefore(tokens: readonly Token[], at: number, floor: number, text: string): ActorRef | null {
  let k = at - 1;
  while (k >= floor && tokens[k].pos === 'ADV') k--;
  const end = k + 1;
  while (k >= floor && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k--;
  if (k >= floor && NP_DET.has(tokens[k].lower)) k--;
  const first = k + 1;
  if (first >= end) return null;
  const start = tokens[first].start;
  const stop = tokens[end - 1].end;
  return { start, end: stop, text: text.slice(start, stop), code: null, entity: null };
}

export function nounPhraseAfter(tokens: readonly Token[], at: number, ceiling: number, text: string): ActorRef | null {
  let k = at;
  if (k < ceiling && NP_DET.has(tokens[k].lower)) k++;
  const first = k;
  while (k < ceiling && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k++;
  if (k === first) return null;
  const start = tokens[at].start;
  const stop = tokens[k - 1].end;
  return { start, end: stop, text: text.slice(start, stop), code: null, entity: null };
}
