import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { Attribution, EventCandidate, Sentence, Token } from '../../core/types.ts';
import { speakerEvent } from './speaker-event.ts';

/**
 * A statement that reports no act of its own is coded by what it amounts to: '"This is an
 * outrageous provocation," Zakharova said of the drills' is a criticism by Zakharova.
 */
export function statementEvents(
  attributions: readonly Attribution[],
  candidates: readonly EventCandidate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  index: PatternIndex,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const a of attributions) {
    if (!a.speaker?.code || !a.cue) continue;
    const inside = (at: number) => a.content.start <= at && at < a.content.end;
    if (candidates.some((c) => inside(c.trigger.start) || (c.rule === 'claim.accusation' && c.trigger.start === a.cue?.start))) continue;
    let hit: { id: string; cameo: string } | undefined;
    let at = -1;
    for (const t of tokens) {
      if (t.start < a.content.start) continue;
      if (t.start >= a.content.end) break;
      const s = index.statements.get(t.lemma) ?? index.statements.get(t.lower);
      if (s && (!hit || s.cameo > hit.cameo)) [hit, at] = [s, t.i];
    }
    if (!hit) continue;
    const sentence = sentences[tokens[at].sentence];
    out.push(speakerEvent(hit.id, hit.cameo, tokens[at], at, a.speaker, sentence));
  }
  return out;
}
