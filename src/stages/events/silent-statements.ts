import type { Attribution, EventCandidate } from '../../core/types.ts';
import { startingWithin } from '../../core/starting-within.ts';

/** A statement by a coded speaker whose words report no coded act of their own: its cue and speaker are known. */
export type SilentStatement = Attribution & { readonly cue: NonNullable<Attribution['cue']>; readonly speaker: NonNullable<Attribution['speaker']> & { readonly code: string } };

/**
 * The statements that statements.ts and police-statements.ts may code as what they amount to:
 * '"This is an outrageous provocation," Zakharova said' reports no act, '"50 people were arrested,"
 * police said' does (the arrest). `triggeredWithin` answers for the same candidates.
 */
export function silentStatements(attributions: readonly Attribution[], candidates: readonly EventCandidate[]): { statements: SilentStatement[]; triggeredWithin: (start: number, end: number) => EventCandidate[] } {
  const triggeredWithin = startingWithin(candidates, (c) => c.trigger.start);
  const statements: SilentStatement[] = [];
  for (const a of attributions) {
    if (!a.cue || !a.speaker?.code) continue;
    if (triggeredWithin(a.content.start, a.content.end).length) continue;
    statements.push(a as SilentStatement);
  }
  return { statements, triggeredWithin };
}
