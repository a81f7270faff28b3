// Stage dates.resolve.v1: every date expression of every sentence, resolved against the
// publication date. Rules of thumb (coding-notes "Dates"): a weekday in past-tense reporting is
// the most recent such day on or before publication ("on Sunday" in a Sunday paper is that day);
// in a future clause ("will meet on Monday") it is the next one after publication.
import type { Stage } from '../../core/stage.ts';
import { pushAll } from '../../core/push-all.ts';
import type { DateMention } from '../../core/types.ts';
import { findDates } from './find-dates.ts';

export { type EventDate, pickEventDate } from './pick-event-date.ts';
export { type DateTense, type PhraseResolution, resolveDatePhrase } from './resolve-date-phrase.ts';

export const datesStage: Stage<unknown> = {
  name: 'dates.resolve.v1',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const dates: DateMention[] = [];
    for (const s of doc.layers.sentences ?? []) pushAll(dates, findDates(doc.text, s, tokens, doc.meta.published));
    return { dates };
  },
};
