import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { ActorRef, Attribution, EventCandidate, Sentence, Token } from '../../core/types.ts';
import { storyKind } from './story-kind.ts';
import { speakerEvent } from './speaker-event.ts';
import { silentStatements } from './silent-statements.ts';
import { tokenAt } from '../../core/token-at.ts';

const POLICE = /COP$/;
// what an account can say happened; plans, threats, demands and possibilities did not happen yet
const HAPPENED: ReadonlySet<string> = new Set(['asserted', 'reported']);
// a report of what happened, not a stance: "police said", "according to police", "the SP told reporters"
const REPORTING = new Set(['say', 'tell', 'add', 'state', 'report', 'confirm', 'disclose', 'inform', 'reveal', 'announce', 'claim', 'accord', 'explain']);

/**
 * A police statement is the police's public account of an incident they handled, CAMEO 010:
 * "Fourteen bodies were recovered from a well, police said." Statements by other speakers are
 * coded by what they amount to (statements.ts), since a politician's words are usually an appeal,
 * a criticism or an accusation. No 010 is added when the statement already gives an event of its
 * own speaker or of the police ("50 people were arrested, police said" is the arrest), or when the
 * speaker's words were already coded (an accusation). An account of another party's act is still
 * the police's statement: "police officials said the mob attacked the convoy" codes the mob's
 * attack and the police's 010. In a story of ordinary crime or of an
 * accident the police's account is police work, not politics: "According to police, the crash
 * happened around 9:30 a.m."
 */
export function policeStatements(
  attributions: readonly Attribution[],
  candidates: readonly EventCandidate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  index: PatternIndex,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  const { triggeredWithin } = silentStatements(attributions, candidates);
  const done = new Set<number>();
  for (const a of attributions) {
    if (!a.cue || !a.speaker?.code || !POLICE.test(a.speaker.code)) continue;
    if (triggeredWithin(a.cue.start, a.cue.end).length) continue;
    // the words already give an act of the police (that act is the police action) or one that
    // happened (coded as what happened, the police being its sourcing)
    if (triggeredWithin(a.content.start, a.content.end).some((c) => POLICE.test(c.source?.code ?? '') || HAPPENED.has(c.modality))) continue;
    const k = tokenAt(tokens, a.cue.start);
    const cue = tokens[k] as Token | undefined;
    if (!cue || done.has(cue.sentence) || !REPORTING.has(cue.lemma)) continue;
    const story = storyKind(tokens, sentences, sentences[cue.sentence], index);
    if (!story.political && (story.crime || story.hazard)) continue;
    done.add(cue.sentence);
    out.push(speakerEvent('statement.police', '010', a.cue, k, a.speaker as ActorRef, sentences[cue.sentence]));
  }
  return out;
}
