import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { Sentence, Token } from '../../core/types.ts';

export interface StoryKind {
  readonly hazard: boolean;
  readonly crime: boolean;
  readonly political: boolean;
}

/** What kind of story a sentence tells, from the context word lists (dictionaries/context). */
export function storyKind(tokens: readonly Token[], s: Sentence, index: PatternIndex): StoryKind {
  let hazard = false;
  let crime = false;
  let political = false;
  for (let k = s.first; k < s.last; k++) {
    const kinds = index.context.get(tokens[k].lower);
    if (!kinds) continue;
    for (const kind of kinds) {
      if (kind === 'hazard') hazard = true;
      else if (kind === 'crime') crime = true;
      else political = true;
    }
  }
  return { hazard, crime, political };
}

/**
 * Why an event is no political event in its story, or null. "A tsunami killed 222 people": violence
 * with no actor among natural or accidental causes. "Police seized counterfeit cosmetics": coercion
 * in an ordinary-crime story. Words like "rioters" or "bomb" keep it political.
 */
export function outOfScope(cameo: string, hasSource: boolean, story: StoryKind): string | null {
  if (story.political) return null;
  if (story.hazard && !hasSource && /^(15|17|18|19|20)/.test(cameo)) return 'a natural or accidental cause, no actor';
  if (story.crime && /^(17|18)/.test(cameo)) return 'an ordinary-crime story';
  return null;
}
