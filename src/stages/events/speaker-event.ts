import type { ActorRef, EventCandidate, Sentence, Span } from '../../core/types.ts';
import { stateAgent } from './state-agent.ts';

/** An event that a statement itself amounts to (an accusation, a criticism), done by its speaker. */
export function speakerEvent(rule: string, cameo: string, trigger: Span, head: number, speaker: ActorRef, s: Sentence): EventCandidate {
  return {
    sentence: s.index,
    rule,
    cameo,
    trigger: { start: trigger.start, end: trigger.end },
    head,
    source: stateAgent(speaker, cameo),
    target: null,
    modality: 'asserted',
    negated: false,
    claim: null,
    evidence: { start: s.start, end: s.end },
    background: false,
  };
}
