import type { ActorRef, Attribution, EventCandidate, Sentence, Token } from '../../core/types.ts';
import { speakerEvent } from './speaker-event.ts';

const country = (code: string | null | undefined) => (code ? code.slice(0, 3) : null);

/**
 * An event inside somebody's statement is their claim. It is `reported` (not asserted) unless the
 * speaker speaks of its own act: "Russia says it is ready to offer …" is Russia's own intent.
 */
export function claimFor(at: number, attributions: readonly Attribution[], source: ActorRef | null): { by: ActorRef | null; cue: string; reported: boolean } | null {
  const a = attributions.find((x) => x.content.start <= at && at < x.content.end);
  if (!a) return null;
  const by = a.speaker;
  const own = by?.code && source?.code && country(by.code) === country(source.code);
  return { by, cue: a.cue?.text ?? '', reported: !own };
}

const CONFLICT = /^(1[1-9]|20)/;

/**
 * "Russia said outside forces are trying to destabilise Belarus": a statement that blames an
 * unnamed or unresolved actor for a hostile act is itself an accusation (112) by the speaker.
 * When the statement names the actor ("Russian forces shelled Kharkiv"), the reported event says it.
 */
export function accusationsFrom(candidates: readonly EventCandidate[], attributions: readonly Attribution[], tokens: readonly Token[], sentences: readonly Sentence[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const a of attributions) {
    if (!a.speaker?.code || !a.cue) continue;
    const blamed = candidates.find(
      (c) => c.trigger.start >= a.content.start && c.trigger.start < a.content.end && CONFLICT.test(c.cameo) && !c.source?.code && !!c.target?.code && !c.negated,
    );
    if (!blamed) continue;
    const cueToken = tokens.find((t) => t.start === a.cue!.start);
    const s = sentences[cueToken?.sentence ?? blamed.sentence];
    out.push(speakerEvent('claim.accusation', '112', a.cue, cueToken?.i ?? blamed.head, a.speaker, s));
  }
  return out;
}
