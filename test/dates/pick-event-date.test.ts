import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/core/types.ts';
import { pickEventDate } from '../../src/stages/dates/dates-stage.ts';

const d = (sentence: number, start: number, date: string | null, background = false): DateMention => ({
  sentence,
  start,
  end: start + 9,
  text: 'on Monday',
  date,
  background,
});

const dates = [
  d(0, 10, '2020-08-10'),
  d(0, 80, '2020-08-14'),
  d(1, 5, null),
  d(2, 40, null, true),
  d(3, 40, '2014-03-18', true),
  d(3, 90, '2020-08-15'),
];

describe('pickEventDate', () => {
  it.each([
    ['the date nearest the trigger (before it)', 0, 25, '2020-08-10', 'text'],
    ['the date nearest the trigger (after it)', 0, 70, '2020-08-14', 'text'],
    ['a period without a day falls back to publication', 1, 20, '2020-08-16', 'publication'],
    ['a background year falls back to publication', 2, 20, '2020-08-16', 'publication'],
    ['a background date is skipped even when nearer', 3, 45, '2020-08-15', 'text'],
    ['a sentence without dates gets the publication date', 7, 0, '2020-08-16', 'publication'],
  ] as const)('%s', (_why, sentence, trigger, date, type) => {
    expect(pickEventDate(dates, sentence, trigger, '2020-08-16')).toEqual({ date, date_type: type });
  });

  it('is unknown without a publication date', () => {
    expect(pickEventDate(dates, 7, 0, null)).toEqual({ date: null, date_type: 'unknown' });
  });
});
