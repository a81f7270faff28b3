import type { ArticleDoc } from '../../core/types.ts';
import { explainTrail, formatExplainTrail } from '../explain-trail.ts';

/** The decision trail, sentence by sentence: tokens, actors and their entries, patterns, drops, events. */
export function explainDoc(doc: ArticleDoc): string {
  return formatExplainTrail(explainTrail(doc));
}
