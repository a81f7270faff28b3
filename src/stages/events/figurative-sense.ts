import type { EventCandidate, Token } from '../../core/types.ts';

// prepositions of movement: a verb of criticism followed by one names a collision, not words
const MOTION = new Set(['into', 'through', 'onto', 'across', 'past', 'off']);
// a fight "against" or "on" something that is no party: "the battle against poverty", "a war on drugs";
// an attack, strike or raid "on" a place is literal whether or not the place was coded
const AGAINST = new Set(['against', 'on']);
const CAMPAIGN = new Set(['battle', 'fight', 'war', 'struggle', 'crusade', 'campaign']);

/**
 * Why a candidate's trigger is used in a physical or figurative sense, or null.
 * "The typhoon slammed into the coast", "the truck blasted through the barrier": a verb of criticism
 * (11x) followed by a preposition of movement is a collision. "The battle against the water crisis",
 * "the war on drugs": a fight named by a noun and aimed at a thing rather than at its target or a
 * named party is a policy, not fighting (19x) — "the battle against the rebels", "the war against Iraq" are fighting.
 */
export function figurativeSense(tokens: readonly Token[], c: EventCandidate): string | null {
  const head = tokens[c.head];
  if (!head) return null;
  let k = c.head + 1;
  while (k < tokens.length && tokens[k].sentence === head.sentence && tokens[k].pos === 'ADV') k++;
  const next = tokens[k];
  if (!next || next.sentence !== head.sentence) return null;
  if (c.cameo.startsWith('11') && head.pos === 'VERB' && MOTION.has(next.lower)) return `"${head.text} ${next.text}" is a movement, not criticism`;
  if (/^(18|19|20)/.test(c.cameo) && CAMPAIGN.has(head.lemma) && AGAINST.has(next.lower)) {
    // what the fight is against: the first noun after the preposition, unless it names the event's target
    let n = k + 1;
    while (n < tokens.length && n <= k + 4 && tokens[n].sentence === head.sentence && tokens[n].pos !== 'NOUN' && tokens[n].pos !== 'PROPN') n++;
    const object = tokens[n];
    const isTarget = c.target && object && c.target.start <= object.start && object.start < c.target.end;
    if (object && object.sentence === head.sentence && object.pos === 'NOUN' && !isTarget) return `"${head.text} ${next.text} ${object.text}" is a figure of speech`;
  }
  return null;
}
