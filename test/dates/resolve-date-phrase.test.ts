import { describe, expect, it } from 'vitest';
import { type DateTense, resolveDatePhrase } from '../../src/stages/dates/dates-stage.ts';

// Published Sunday 2020-08-16, the founding article's date.
const SUN = '2020-08-16';

type Case = [phrase: string, published: string | null, tense: DateTense, date: string | null, background: boolean];

const cases: Case[] = [
  // weekdays in past-tense reporting: the most recent such day on or before publication
  ['on Sunday', SUN, 'past', '2020-08-16', false],
  ['on Saturday', SUN, 'past', '2020-08-15', false],
  ['On Thursday', SUN, 'past', '2020-08-13', false],
  ['on thursday', SUN, 'past', '2020-08-13', false],
  ['Monday', SUN, 'past', '2020-08-10', false],
  ['late on Friday', SUN, 'past', '2020-08-14', false],
  ['Tuesday night', SUN, 'past', '2020-08-11', false],
  ['last Sunday', SUN, 'past', '2020-08-09', false],
  // future clauses and "next": the next such day after publication
  ['on Monday', SUN, 'future', '2020-08-17', false],
  ['on Sunday', SUN, 'future', '2020-08-23', false],
  ['next Monday', SUN, 'past', '2020-08-17', false],
  // relative days
  ['yesterday', SUN, 'past', '2020-08-15', false],
  ['today', SUN, 'past', '2020-08-16', false],
  ['tonight', SUN, 'future', '2020-08-16', false],
  ['overnight', SUN, 'past', '2020-08-16', false],
  ['this morning', SUN, 'past', '2020-08-16', false],
  ['last night', SUN, 'past', '2020-08-15', false],
  ['tomorrow', SUN, 'future', '2020-08-17', false],
  ['two days ago', SUN, 'past', '2020-08-14', false],
  ['last week', SUN, 'past', '2020-08-09', false],
  ['next week', SUN, 'future', '2020-08-23', false],
  // periods: no day
  ['Earlier this month', SUN, 'past', null, false],
  ['this week', SUN, 'past', null, false],
  ['in August', SUN, 'past', null, false],
  // explicit dates
  ['August 13', SUN, 'past', '2020-08-13', false],
  ['13 August', SUN, 'past', '2020-08-13', false],
  ['on Aug. 13', SUN, 'past', '2020-08-13', false],
  ['the 13th of August', SUN, 'past', '2020-08-13', false],
  ['on August 13, 2020', SUN, 'past', '2020-08-13', false],
  ['2020-08-13', SUN, 'past', '2020-08-13', false],
  ['13/08/2020', SUN, 'past', '2020-08-13', false],
  ['08/13/2020', SUN, 'past', '2020-08-13', false],
  ['August 10', SUN, 'past', '2020-08-10', false],
  ['August 20', SUN, 'future', '2020-08-20', false],
  // past tense, but a year back is less likely than a date four days ahead ("ahead of the August 20 vote")
  ['August 20', SUN, 'past', '2020-08-20', false],
  ['November 20', SUN, 'past', '2019-11-20', false],
  ['June 7', '2016-05-24', 'past', '2016-06-07', false],
  ['July 1', '2021-01-03', 'past', '2020-07-01', false],
  ['later Sunday', SUN, 'future', '2020-08-16', false],
  ['December 30', '2021-01-03', 'past', '2020-12-30', false],
  // background: other years, "since …"
  ['in 2014', SUN, 'past', null, true],
  ['since 2014', SUN, 'past', null, true],
  ['in March 2014', SUN, 'past', null, true],
  ['in the 1990s', SUN, 'past', null, true],
  ['last year', SUN, 'past', null, true],
  ['in July', SUN, 'past', null, true],
  ['since Monday', SUN, 'past', '2020-08-10', true],
  ['in 2020', SUN, 'past', null, false],
  ['in 2021', SUN, 'future', null, false],
  // month and year boundaries, leap years
  ['on Friday', '2020-03-01', 'past', '2020-02-28', false],
  ['on Saturday', '2020-03-01', 'past', '2020-02-29', false],
  ['on thursday', '2002-03-02', 'past', '2002-02-28', false],
  ['yesterday', '2021-03-01', 'past', '2021-02-28', false],
  ['yesterday', '2020-03-01', 'past', '2020-02-29', false],
  ['yesterday', '2021-01-01', 'past', '2020-12-31', false],
  ['February 29', '2021-03-01', 'past', '2020-02-29', false],
  ['on Monday', '2020-12-31', 'future', '2021-01-04', false],
  ['tomorrow', '2020-12-31', 'future', '2021-01-01', false],
  // a timestamp counts by its date part, whatever the local time zone
  ['yesterday', '2020-08-16T23:30:00Z', 'past', '2020-08-15', false],
  // no publication date: only self-contained dates resolve
  ['on Sunday', null, 'past', null, false],
  ['August 13, 2020', null, 'past', '2020-08-13', false],
];

describe('resolveDatePhrase', () => {
  it.each(cases)('%s (published %s, %s) → %s', (phrase, published, tense, date, background) => {
    expect(resolveDatePhrase(phrase, published, tense)).toEqual({ date, background });
  });

  it.each([['08/07/2020'], ['February 30'], ['31 April'], ['the election'], ['2014']])('%s is not a date', (phrase) => {
    expect(resolveDatePhrase(phrase, SUN, 'past')).toBeNull();
  });
});
