import type { ActorRef, Mention, PlaceMention } from '../../core/types.ts';
import type { SentenceContext } from './assign-actors.ts';
import type { Trigger } from './find-triggers.ts';
import { inSentence } from '../../core/by-sentence.ts';

// Codes for acts done together: meetings, talks, agreements, ceasefires.
const SYMMETRIC = /^(04[0-6]|057|0871|03[0-9]?|06[0-2])/;

export function symmetricCode(cameo: string): boolean {
  return SYMMETRIC.test(cameo) && !cameo.startsWith('045');
}

/** "Russia has told Lukashenko it is ready to offer military help": the one told is the recipient. */
export function recipientOfTell(c: SentenceContext, tr: Trigger): Mention | null {
  for (let k = tr.first - 1; k >= c.s.first; k--) {
    if (c.tokens[k].lemma === 'tell' || c.tokens[k].lemma === 'assure' || c.tokens[k].lemma === 'inform') {
      return c.mentions.find((m) => m.first > k && m.first <= k + 2) ?? null;
    }
  }
  return null;
}

// Acts done to a place and those who live there: violence, coercion, protest, threats and concessions
// ("threatened to impose a curfew in Algiers" → Algeria, "eased the curfew in Sudan" → Sudan).
/**
 * An actor the text implies but never names ("a curfew was imposed": the authorities): it has no
 * words of its own, so its span is empty, at the trigger it is read from. Its text is never the
 * trigger's ("imposed" is no actor).
 */
export function impliedActor(at: number, code: string): ActorRef {
  return { start: at, end: at, text: '', code, entity: null };
}

const PLACE_IS_TARGET = /^(08|13|14|17|18|19|20)/;

/**
 * With no actor as target, the place where the act happens can stand for it: "warplanes struck
 * targets in the Gaza Strip" → the Gaza Strip; "Blinken arrived in Beijing" → China; "thousands
 * rallied in Tbilisi" → Georgia. Diplomatic acts take a place only in another country than the source's.
 */
export function placeTarget(c: SentenceContext, tr: Trigger, places: readonly PlaceMention[], source: ActorRef | null, focus: string | null): ActorRef | null {
  const end = c.clauses.starts[c.clauses.id[tr.head - c.s.first] + 1] ?? c.s.last;
  const limit = end < c.s.last ? c.tokens[end].start : c.s.end;
  const own = source?.code?.slice(0, 3) ?? null;
  const hostile = PLACE_IS_TARGET.test(tr.pattern.cameo);
  const mention = c.allMentions.find((m) => m.locative && m.first >= tr.last && m.start < limit && m.code);
  if (mention && (hostile || mention.code!.slice(0, 3) !== own)) return { start: mention.start, end: mention.end, text: mention.text, code: mention.code!.slice(0, 3), entity: mention.entity };
  const place = inSentence(places, c.s.index).find((p) => p.start >= c.tokens[tr.last - 1].end && p.start < limit);
  if (place && (hostile || place.country !== own)) return { start: place.start, end: place.end, text: place.text, code: place.country, entity: null };
  // "Thousands rallied against the law": protest is addressed to the country's authorities
  if (tr.pattern.cameo.startsWith('14') && focus) return impliedActor(c.tokens[tr.head].start, focus);
  return null;
}
