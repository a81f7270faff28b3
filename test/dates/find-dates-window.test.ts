// findDates starts each rule's scan a few words before the rule's next cue word instead of at the
// start of the sentence; these are the longest expressions the rules allow, placed after and
// between long runs of words, so a window one word too short would cut them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWinkNlp, type Nlp } from '../../src/adapters/nlp/wink.ts';
import { findDates } from '../../src/stages/dates/find-dates.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createWinkNlp();
});

function found(text: string): string[] {
  const { tokens, sentences } = nlp.analyse(text);
  return sentences.flatMap((s) => findDates(text, s, tokens, '2020-08-16').map((d) => text.slice(d.start, d.end)));
}

const LEAD = 'Officials from several ministries and agencies in the capital said that';

describe('findDates: the scan window before a cue word', () => {
  // [phrase, what a scan of the whole sentence finds in it]
  it.each([
    ['early on the day before yesterday', 'early on the day before yesterday'],
    ['later on the 13th of March', 'later on the 13th of March'],
    ['early in the 1990s', 'early in the 1990s'],
    ['early on the mid - - 1990s', 'mid - - 1990s'],
    ['later on two weeks ago', 'later on two weeks ago'],
    ['early on last Sunday evening', 'early on last Sunday evening'],
    ['late in mid-March 2020', 'late in mid-March 2020'],
    ['since early March 13, 2020', 'since early March'],
  ])('finds "%s" whole after a long lead', (phrase, expected) => {
    expect(found(`${phrase} now`)).toEqual([expected]);
    expect(found(`${LEAD} the talks broke down ${phrase}, and again ${phrase} now`)).toEqual([expected, expected]);
  });

  it('finds every expression of a sentence with several cues far apart', () => {
    const phrases = ['on Monday', 'in early March 2021', 'on the 4th of July'];
    const text = `${LEAD} the ministers met ${phrases[0]} and, after a long series of meetings in several capitals, agreed ${phrases[1]} to meet again ${phrases[2]} now`;
    expect(found(text)).toEqual(phrases);
  });

  it('still skips a lower-case month in mixed-case text, and the words after it', () => {
    expect(found('The minister may 13 times have said so on Tuesday.')).toEqual(['on Tuesday']);
  });
});

describe('findDates: cue words read from the tokens', () => {
  it.each([
    ['The talks ended in mid-March 2020 after a row.', 'in mid-March 2020'],
    ['The talks ended in Aug. 2020 after a row.', 'in Aug. 2020'],
    ['The talks ended (on Monday) after a row.', 'on Monday'],
    ['The talks ended on Monday—and resumed.', 'on Monday'],
    ['The talks ended on 2020-08-13 after a row.', 'on 2020-08-13'],
    ['The talks ended two weeks ago, officials said.', 'two weeks ago'],
  ])('finds the date in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});
