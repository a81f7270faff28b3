import type { EventCandidate, Token } from '../../core/types.ts';

// punctuation that closes the stretch of a sentence an act belongs to
const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')']);
// months ago is recent enough to be news ("the arrest of some militants three months ago")
const AGO_UNITS = new Set(['years', 'decades', 'centuries']);

/**
 * Why a candidate is history told as background, or null: an act followed in its own clause by a
 * decade ("property seized by government forces in the 1970s"), a past war ("officers murdered during
 * World War Two") or a span "ago" ("the town, which the army had captured two years ago, ...") happened
 * long before the news; the story's own act is elsewhere ("rebels retook the town on Sunday").
 */
export function historicalClause(tokens: readonly Token[], c: EventCandidate): string | null {
  const head = tokens[c.head];
  if (!head) return null;
  // the phrase must belong to the act itself: after its trigger, before another verb or a comma
  // ("began a hunger strike to demand the return of land seized in the 1970s" dates the seizure only)
  for (let k = c.head + 1; k < tokens.length && tokens[k].sentence === head.sentence; k++) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text)) return null;
    if (t.start >= c.trigger.end && (t.pos === 'VERB' || t.pos === 'AUX')) return null;
    if (/^(1[89]|20)\d0s$/.test(t.lower)) return `background ("${t.text}")`;
    if (t.lower === 'war' && tokens[k - 1].lower === 'world') return 'background (a world war)';
    if (t.lower === 'ago' && AGO_UNITS.has(tokens[k - 1].lower)) return `background ("${tokens[k - 1].text} ago")`;
  }
  return null;
}
