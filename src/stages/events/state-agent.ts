import type { ActorRef, Mention } from '../../core/types.ts';

// Verbal and diplomatic acts: statements, appeals, intents, consultation, diplomatic cooperation,
// demands, disapproval, rejection, threats, cutting relations.
const STATE_ACTS = /^(0[1-5]|1[0-3]|16)/;
// "Belarusians", "Iraqis", "Chinese": a people named by its demonym, not the state
const DEMONYM = /(ans|ese|is)$/i;

/**
 * A country named as the agent of a verbal or diplomatic act acts through its government: "The
 * United States took Minsk to task" is the US government's criticism (USAGOV), as "the Kremlin
 * said" is RUSGOV. Peoples named by a demonym ("Belarusians demanded") and material acts
 * ("Russia invaded", "Japan sent aid") keep the country code.
 */
export function stateAgent(source: ActorRef | null, cameo: string): ActorRef | null {
  if (source?.code?.length !== 3 || !STATE_ACTS.test(cameo)) return source;
  const m = source as Partial<Mention>;
  if ((m.kind !== 'country' && m.refersTo !== 'country') || !source.entity?.startsWith('country:')) return source;
  if (!m.pronoun && DEMONYM.test(source.text)) return source;
  // "Bosnian Serbs": a people of one country living in another, never a government
  if (new Set(m.entries?.filter((e) => e.startsWith('country:'))).size > 1) return source;
  return { start: source.start, end: source.end, text: source.text, code: `${source.code}GOV`, entity: source.entity ?? null };
}
