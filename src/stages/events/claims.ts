import type { ActorRef, Attribution, EventCandidate, Sentence, Token } from '../../core/types.ts';
import { speakerEvent } from './speaker-event.ts';
import { lowerBound } from '../../core/lower-bound.ts';
import { startingWithin } from '../../core/starting-within.ts';
import { tokenAt } from '../../core/token-at.ts';

const country = (code: string | null | undefined) => (code ? code.slice(0, 3) : null);

/**
 * An event inside somebody's statement is their claim. It is `reported` (not asserted) when a known
 * party says it of another: "Israel's military said Hamas fired rockets". A speaker speaking of its
 * own side's act ("Russia says it is ready to offer …") asserts it; so does a source nobody can place
 * ("150 people had been arrested, Tuteja said"; "violence has been reported from …"), which is the
 * reporter's sourcing, not a party's claim.
 */
export function claimFor(at: number, attributions: readonly Attribution[], source: ActorRef | null): { by: ActorRef | null; cue: string; reported: boolean } | null {
  const a = firstContaining(attributions, at);
  if (!a) return null;
  const by = a.speaker;
  const own = by?.code && source?.code && country(by.code) === country(source.code);
  return { by, cue: a.cue?.text ?? '', reported: !own && !!by?.code };
}

// For each attributions layer: the furthest content end up to each attribution, or null when the
// layer is not in content order (then the look-up scans it).
const reach = new WeakMap<readonly Attribution[], number[] | null>();

/** The first attribution (in layer order) whose content holds offset `at`. */
function firstContaining(attributions: readonly Attribution[], at: number): Attribution | undefined {
  let ends = reach.get(attributions);
  if (ends === undefined) {
    ends = [];
    for (let k = 0; k < attributions.length; k++) {
      if (k > 0 && attributions[k].content.start < attributions[k - 1].content.start) {
        ends = null;
        break;
      }
      ends.push(Math.max(ends[k - 1] ?? -1, attributions[k].content.end));
    }
    reach.set(attributions, ends);
  }
  if (ends === null) return attributions.find((x) => x.content.start <= at && at < x.content.end);
  // every attribution before the first whose reach passes `at` ends before it; past `at`, none starts
  for (let j = lowerBound(ends, (e) => e, at + 1); j < attributions.length && attributions[j].content.start <= at; j++) {
    if (at < attributions[j].content.end) return attributions[j];
  }
  return undefined;
}

const CONFLICT = /^(1[1-9]|20)/;

/**
 * "Russia said outside forces are trying to destabilise Belarus": a statement that blames an
 * unnamed or unresolved actor for a hostile act is itself an accusation (112) by the speaker.
 * When the statement names the actor ("Russian forces shelled Kharkiv"), the reported event says it.
 */
export function accusationsFrom(candidates: readonly EventCandidate[], attributions: readonly Attribution[], tokens: readonly Token[], sentences: readonly Sentence[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  const triggeredWithin = startingWithin(candidates, (c) => c.trigger.start);
  for (const a of attributions) {
    if (!a.speaker?.code || !a.cue) continue;
    const blamed = triggeredWithin(a.content.start, a.content.end).find((c) => CONFLICT.test(c.cameo) && !c.source?.code && !!c.target?.code && !c.negated);
    if (!blamed) continue;
    const cueToken = tokens[tokenAt(tokens, a.cue.start)] as Token | undefined;
    const s = sentences[cueToken?.sentence ?? blamed.sentence];
    out.push(speakerEvent('claim.accusation', '112', a.cue, cueToken?.i ?? blamed.head, a.speaker, s));
  }
  return out;
}
