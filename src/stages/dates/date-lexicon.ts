// Words of date expressions, as regex sources and lookup tables.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const alternation = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');

export const MONTH_RE = `(?<mon>${alternation(MONTHS)})`;
export const WEEKDAY_RE = `(?<wd>${alternation(WEEKDAYS)})`;
export const NUMBER_RE = `(?<n>${alternation(NUMBER_WORDS)}|\\d{1,2})`;
/** "morning", "night" … after a day word: part of the phrase, no effect on the day */
export const PART_OF_DAY = `(?:\\s+(?:morning|afternoon|evening|night))?`;

/** A date expression, and each of its cue words, stands between characters that are no letter or digit. */
export const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * What may stand before any date expression: "early on Sunday", "later on Monday", "since 2014".
 * `prep` is kept: "since" makes the date background, and some rules need a preposition;
 * `lead` "later Saturday" in a Saturday paper is that day even in a future clause.
 */
export const PREFIX = `(?:(?<lead>early|late|earlier|later)\\s+)?(?:(?<prep>on|in|since|from|until|till|by|during|before|after|at|through|throughout)\\s+)?`;
