import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { Sentence, Token } from '../../core/types.ts';
import { CRIME, HAZARD, POLITICAL, storyMarks } from './story-marks.ts';

export interface StoryKind {
  readonly hazard: boolean;
  readonly crime: boolean;
  readonly political: boolean;
}

/**
 * What kind of story a sentence tells, from the context word lists (dictionaries/context), read
 * over the sentence and its neighbours: "A tsunami struck on Sunday. It killed 222 people.";
 * "19 people were killed when their bus plunged off a bridge. 22 were injured in the accident."
 * Hazard and crime words also match by lemma ("crashed", "smuggled"); political words only as
 * written, since a verb like "attacked" is as common in a street mugging ("he was attacked by a gang")
 * as in a war, while the noun "attack" or "militants" is not.
 */
export function storyKind(tokens: readonly Token[], sentences: readonly Sentence[], s: Sentence, index: PatternIndex): StoryKind {
  const from = s.index > 0 ? sentences[s.index - 1].first : s.first;
  const to = s.index + 1 < sentences.length ? sentences[s.index + 1].last : s.last;
  // a two-word entry decides for its second word ("a fire broke out" is a hazard, "opened fire" is
  // not), when both words are in the window
  const marks = storyMarks(tokens, index.context);
  let m = 0;
  for (let k = from; k < to; k++) m |= k > from ? marks.paired[k] : marks.alone[k];
  return { hazard: (m & HAZARD) !== 0, crime: (m & CRIME) !== 0, political: (m & POLITICAL) !== 0 };
}

// Police, courts, the press, businesses, schools, hospitals, criminals and private persons (workers,
// farmers and migrants included): the people of a crime or accident story, none of them a political
// party to it. An actor with no code is one nobody could place ("the 73-year-old man", "it").
const ORDINARY = /^([A-Z]{3})?(CVL|COP|JUD|MED|BUS|EDU|HLH|CRM|LAB|AGR|REF)$/;
const ordinary = (code: string | null) => !code || ORDINARY.test(code);
const VIOLENT = /^(18|19|20)/;
const ARMED = /(MIL|REB|INS|SEP|UAF|COP)$|^IMG/;
const MILITARY = /MIL$/;
/** a country standing for its state, its government, legislature or army */
const STATE = /^[A-Z]{3}(GOV|LEG|MIL)?$/;
/** statements, appeals, investigations, demands, disapproval, rejection (not promises or visits: "the president visited the flooded areas" is disaster response) */
const STATE_TALK = /^(0[129]|1[0-2])/;

/**
 * Is the act aimed at a party of state: a government, army, legislature, party, armed group or
 * international body ("prosecutors charged the former president"), or at another country by a
 * party of state ("Japan sent aid to Turkey")? A country alone is otherwise mostly where it
 * happened ("he was captured in the capital of Namibia").
 */
function atPartyOfState(source: string | null, target: string | null): boolean {
  if (ordinary(target)) return false;
  if (target!.length > 3) return true;
  return !ordinary(source) && source!.slice(0, 3) !== target;
}

/**
 * Criminals of one country striking at another country: "Somali pirates hijacked an Indian cargo
 * ship" is maritime security between states, not a local crime story.
 */
function acrossBorders(source: string | null, target: string | null): boolean {
  return !!source && !!target && target.length === 3 && /^[A-Z]{3}CRM$/.test(source) && source.slice(0, 3) !== target;
}

/**
 * Why an event is no political event in its story, or null. Words like "rioters", "militants" or
 * "bomb" keep a story political. In a disaster or accident story a hazard that "killed" or "slammed"
 * is no actor, and rescue at home is disaster response. In a story of crime or of an accident, only an
 * act aimed at a party of state is political: "According to police, the crash happened at 9:30",
 * "police arrested five members of a drug cartel" and "the government declared a state of emergency
 * over the wildfires" are not; "Nigeria summoned Niger's ambassador to complain of inaction over the
 * gangs" is.
 */
export function outOfScope(cameo: string, story: StoryKind, source: string | null = null, target: string | null = null): string | null {
  if (story.political || (!story.hazard && !story.crime)) return null;
  // an explosion that kills soldiers or police is an attack until said otherwise: "an explosion killed two soldiers in Helmand"
  if (story.hazard && !story.crime && VIOLENT.test(cameo) && ARMED.test(target ?? '')) return null;
  // an army fighting smugglers or cartels is armed conflict, not police work: "soldiers clashed with drug traffickers, killing 10"
  if (story.crime && VIOLENT.test(cameo) && (MILITARY.test(source ?? '') || MILITARY.test(target ?? ''))) return null;
  // a party of state owning, denying or resigning over its part makes it a question of blame:
  // "the Kremlin denied any involvement in the poisoning", "the minister resigned after the train crash"
  if (/^(01[56]|083)/.test(cameo) && !ordinary(source)) return null;
  // troops or aid sent to another country: "the United States sent troops to help Haiti after the earthquake"
  if (story.hazard && !VIOLENT.test(cameo) && !ordinary(source) && atPartyOfState(source, target) && source!.slice(0, 3) !== target!.slice(0, 3)) return null;
  // what a government, legislature or army says, asks, investigates or decides about it is politics:
  // "Kenya's finance minister sounded the alarm over the drought", "Ghana's parliament observed a
  // minute of silence for the flood victims", "Kenya audited the fraud allegations at the port"
  if (STATE_TALK.test(cameo) && STATE.test(source ?? '') && !ordinary(source)) return null;
  if (story.hazard && !/^(0[1-7]|1[0-2])/.test(cameo)) return 'a disaster or accident story';
  // rescue and relief at home is disaster response; between countries it is aid ("Japan sent aid to Turkey")
  if (story.hazard && /^07/.test(cameo) && (!source || !target || source.slice(0, 3) === target.slice(0, 3))) return 'disaster relief at home';
  if (!atPartyOfState(source, target) && !acrossBorders(source, target)) return story.crime ? 'an ordinary-crime story' : 'an act at no party of state in a disaster story';
  return null;
}
