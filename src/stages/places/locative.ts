// Is a place name governed by a locative preposition? "in Minsk", "in central Minsk",
// "in the Gaza Strip", "in Kenya's capital Nairobi", "near the town of Godhra".
import type { Token } from '../../core/types.ts';

/** Prepositions that introduce a place (and let a small or lower-case town count as one). */
export const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'inside', 'around', 'throughout', 'within']);

/** Where an event happens: not "from" ("arrived from Moscow" happened elsewhere). */
export const EVENT_LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'inside', 'around', 'throughout', 'within']);

/** Words that may stand between the preposition and the name. */
const MODIFIER_WORDS = new Set([
  'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'city', 'town',
  'village', 'capital', 'province', 'region', 'state', 'district', 'port', 'of', ',', "'s", '’s',
  'neighboring', 'neighbouring', 'nearby', 'occupied', 'besieged', 'restive', 'the',
]);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'PROPN']);
const MAX_GAP = 4;

/** True when token `first` (a place's first token) follows one of `preps` within the sentence. */
export function followsPreposition(
  tokens: readonly Token[],
  first: number,
  sentenceFirst: number,
  preps: ReadonlySet<string> = LOCATIVE,
): boolean {
  for (let j = first - 1; j >= sentenceFirst && j >= first - 1 - MAX_GAP; j--) {
    const t = tokens[j];
    if (preps.has(t.lower)) return true;
    if (!MODIFIER_WORDS.has(t.lower) && !MODIFIER_POS.has(t.pos)) return false;
  }
  return false;
}
