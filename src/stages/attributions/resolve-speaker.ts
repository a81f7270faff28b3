import type { ActorRef, Mention } from '../../core/types.ts';
import type { AttributionContext } from './attribution-context.ts';
import { type Np, npRef } from './speaker-span.ts';
import { lowerBound } from '../../core/lower-bound.ts';

const PERSON_KINDS = new Set(['person', 'unknown']);
const HE_SHE = new Set(['he', 'she']);
const FEMALE_TITLE = /^(mrs|ms|miss|madam)\.?$/i;
const MALE_TITLE = /^mr\.?$/i;
/** how far back (in sentences) a pronoun looks for its person */
const REACH = 6;

function genderOf(ctx: AttributionContext, m: Mention): 'm' | 'f' | null {
  const before = ctx.tokens[m.first - 1];
  if (before && FEMALE_TITLE.test(before.text)) return 'f';
  if (before && MALE_TITLE.test(before.text)) return 'm';
  return null;
}

/**
 * The actor behind a speaker noun phrase. A name or noun phrase is itself; "he" / "she" keeps its
 * span (that is where the text names the speaker) and takes the actor of the most recent compatible
 * named person before it: the actors stage's antecedent when it found one, else the nearest person
 * mention or named speaker within a few sentences (a "Mrs." or "Mr." before a name tells the gender).
 */
export function speakerRef(ctx: AttributionContext, np: Np, speakers: readonly ActorRef[]): ActorRef {
  const ref = npRef(ctx, np);
  if (!np.pronoun) return ref;
  const word = ctx.tokens[np.first].lower;
  if (np.mention?.code) return { ...ref, code: np.mention.code, entity: np.mention.entity };
  if (!HE_SHE.has(word)) return ref;
  const at = ctx.tokens[np.first].start;
  const sentence = ctx.tokens[np.first].sentence;
  const wants = word === 'he' ? 'm' : 'f';
  let best: { start: number; code: string | null; entity: string | null | undefined } | null = null;
  // mentions are in text order: the ones before `at`, nearest first
  for (let j = lowerBound(ctx.mentions, (m) => m.start, at) - 1; j >= 0; j--) {
    const m = ctx.mentions[j];
    if (m.sentence < sentence - REACH) break;
    if (m.pronoun || m.locative || m.modifier || ctx.quoted[m.first] || !PERSON_KINDS.has(m.kind)) continue;
    if (m.kind === 'unknown' && !/^[A-Z]/.test(m.text)) continue;
    const g = genderOf(ctx, m);
    if (g && g !== wants) continue;
    best = { start: m.start, code: m.code, entity: m.entity };
    break;
  }
  for (let j = speakers.length - 1, looked = 0; j >= 0 && looked < REACH * 8; j--, looked++) {
    const s = speakers[j];
    if (s.start >= at) continue;
    if (best && s.start <= best.start) break;
    if (!/^[A-Z]/.test(s.text) || !s.code) continue;
    best = { start: s.start, code: s.code, entity: s.entity };
    break;
  }
  return best ? { ...ref, code: best.code, entity: best.entity ?? null } : ref;
}
