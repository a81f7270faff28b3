// Which date an event gets: the sentence's own date nearest its trigger, else the publication date.
import type { DateMention } from '../../core/types.ts';
import { inSentence } from '../../core/by-sentence.ts';

export interface EventDate {
  readonly date: string | null;
  readonly date_type: 'text' | 'publication' | 'unknown';
}

/**
 * pickEventDate(dates, 1, 120, "2020-08-16"): the resolved, non-background date of sentence 1
 * closest to the trigger at offset 120 ('text'); else the publication date ('publication');
 * else 'unknown'. "Earlier this month" (no day) and "in 2014" (background) never date an event.
 */
export function pickEventDate(
  dates: readonly DateMention[],
  sentence: number,
  triggerStart: number,
  published: string | null,
): EventDate {
  let best: DateMention | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const d of inSentence(dates, sentence)) {
    if (d.background || d.date === null) continue;
    const gap = triggerStart < d.start ? d.start - triggerStart : Math.max(0, triggerStart - d.end);
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  if (best !== null) return { date: best.date, date_type: 'text' };
  const pub = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '');
  return pub === null ? { date: null, date_type: 'unknown' } : { date: pub[0], date_type: 'publication' };
}
