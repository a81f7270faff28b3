import type { PatternIndex } from '../../dictionaries/pattern-index.ts';
import type { EventCandidate, Sentence, Token, Trace } from '../../core/types.ts';
import { figurativeSense } from './figurative-sense.ts';
import { historicalClause } from './historical-clause.ts';
import { outOfScope, storyKind, type StoryKind } from './story-kind.ts';

/**
 * The story-context test applied to every candidate of a document, statements included: events read
 * off a quote ("Police said the bus had overturned") come after the per-sentence patterns and would
 * otherwise escape it. A trigger used in a physical or figurative sense ("slammed into the coast")
 * and an act told as history ("seized in the 1970s") are dropped here too.
 */
export function inStoryScope(
  candidates: readonly EventCandidate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  index: PatternIndex,
  note: (s: number, k: Trace['kind'], t: string) => void,
): EventCandidate[] {
  const stories = new Map<number, StoryKind>();
  return candidates.filter((c) => {
    let story = stories.get(c.sentence);
    if (!story) {
      story = storyKind(tokens, sentences, sentences[c.sentence], index);
      stories.set(c.sentence, story);
    }
    // the one who reports an act is not its target: "police killed 12 traffickers in a raid, officials said"
    const target = c.target && c.claim?.by && c.claim.by.start === c.target.start ? null : c.target;
    const why = outOfScope(c.cameo, story, c.source?.code ?? null, target?.code ?? null) ?? figurativeSense(tokens, c) ?? historicalClause(tokens, c);
    if (why) note(c.sentence, 'dropped', `${c.rule} ${c.cameo}: ${why}`);
    return !why;
  });
}
