import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { Attribution, EventCandidate, Sentence, Token } from '../../core/types.ts';
import { speakerEvent } from './speaker-event.ts';
import { lowerBound } from '../../core/lower-bound.ts';
import { silentStatements } from './silent-statements.ts';

const startOf = (t: Token) => t.start;

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
  const { statements, triggeredWithin } = silentStatements(attributions, candidates);
  for (const a of statements) {
    if (triggeredWithin(a.cue.start, a.cue.start + 1).some((c) => c.rule === 'claim.accusation')) continue;
    let hit: { id: string; cameo: string } | undefined;
    let at = -1;
    for (let k = lowerBound(tokens, startOf, a.content.start); k < tokens.length; k++) {
      const t = tokens[k];
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
