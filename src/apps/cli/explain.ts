import type { ArticleDoc } from '../../core/types.ts';
import { explainTrail, formatExplainTrail } from '../explain-trail.ts';

/** The decision trail, sentence by sentence: tokens, actors and their entries, patterns, drops, events. */
export function explainDoc(doc: ArticleDoc): string {
  const notes = doc.messages.map((m) => `${m.severity} ${m.code}: ${m.text}\n`).join('');
  return notes + formatExplainTrail(explainTrail(doc));
}
