// Where an event happened: the place after a locative preposition nearest the trigger.
import type { Location, PlaceMention, Token } from '../../core/types.ts';
import { EVENT_LOCATIVE, followsPreposition } from './locative.ts';
import { inSentence } from '../../core/by-sentence.ts';
import { tokenAt } from '../../core/token-at.ts';

const RANK = { city: 0, admin1: 0, country: 1 } as const;

/**
 * What places.gazetteer.v1 emits: a PlaceMention that also says whether it follows a preposition
 * that puts an event there ("in", "at", "near", "outside", "across"…; not "from").
 */
export interface LocatedPlaceMention extends PlaceMention {
  readonly locative: boolean;
}

/**
 * chooseLocation(places, 8, trigger.start, trigger.end) for "On Sunday, supporters gathered in
 * central Minsk" → Minsk. Only places after a locative preposition count: "Minsk threatened
 * sanctions" names an actor, not where anything happened, and so does any place name standing
 * before its verb. A country only when the sentence has nothing finer ("in Minsk, Belarus" →
 * Minsk). Without a locative place: null.
 *
 * Whether a place is locative comes from `tokens` when given, else from the `locative` flag the
 * places stage sets; a hand-made PlaceMention with neither counts as locative.
 */
export function chooseLocation(
  places: readonly PlaceMention[],
  sentence: number,
  triggerStart: number,
  triggerEnd: number,
  tokens?: readonly Token[],
): Location | null {
  let best: PlaceMention | null = null;
  let bestKey: [number, number] = [2, 0];
  for (const p of inSentence(places, sentence)) {
    if (!isLocative(p, tokens)) continue;
    const gap = p.end <= triggerStart ? triggerStart - p.end : Math.max(0, p.start - triggerEnd);
    const key: [number, number] = [RANK[p.precision], gap];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = p;
      bestKey = key;
    }
  }
  if (best === null) return null;
  return { name: best.name, country: best.country, lat: best.lat, lon: best.lon, precision: best.precision };
}

function isLocative(p: PlaceMention, tokens: readonly Token[] | undefined): boolean {
  if (tokens === undefined) return (p as Partial<LocatedPlaceMention>).locative ?? true;
  const first = tokenAt(tokens, p.start);
  return first >= 0 && followsPreposition(tokens, first, firstOfSentence(tokens, first), EVENT_LOCATIVE);
}

function firstOfSentence(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1].sentence === tokens[i].sentence) j--;
  return j;
}
