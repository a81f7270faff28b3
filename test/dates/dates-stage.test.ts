import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWinkNlp, type Nlp } from '../../src/adapters/nlp/wink.ts';
import type { ArticleDoc, DateMention } from '../../src/core/types.ts';
import { datesStage } from '../../src/stages/dates/dates-stage.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createWinkNlp();
});

function dates(text: string, published: string | null): readonly DateMention[] {
  const doc: ArticleDoc = { meta: { id: 't', published }, text, layers: nlp.analyse(text), messages: [] };
  const out = datesStage.run(doc, undefined).dates ?? [];
  for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out;
}

const brief = (ds: readonly DateMention[]) => ds.map((m) => [m.text, m.date, m.background]);

describe('dates.resolve.v1', () => {
  it('declares its contract', () => {
    expect(datesStage).toMatchObject({ name: 'dates.resolve.v1', requires: ['tokens', 'sentences'], assigns: ['dates'] });
  });

  it('finds the founding article’s dates (gold)', () => {
    const text = readFileSync(new URL('../../../shared/examples/belarus-2020-08.txt', import.meta.url), 'utf8');
    const found = dates(text, '2020-08-16').filter((m) => m.date !== null);
    const gold = [
      ['on Sunday', '2020-08-16'],
      ['on Saturday', '2020-08-15'],
      ['On Sunday', '2020-08-16'],
      ['On Thursday', '2020-08-13'],
    ];
    for (const g of gold) expect(found.map((m) => [m.text, m.date])).toContainEqual(g);
  });

  it.each([
    ['The ministers will meet on Monday.', '2020-08-16', [['on Monday', '2020-08-17', false]]],
    ['On Monday, the ministers will meet in Brussels.', '2020-08-16', [['On Monday', '2020-08-17', false]]],
    ['He is due to arrive on Thursday.', '2020-08-16', [['on Thursday', '2020-08-20', false]]],
    ['The council meets on Friday.', '2020-08-16', [['on Friday', '2020-08-21', false]]],
    ['The first votes will be counted Tuesday.', '2016-02-08', [['Tuesday', '2016-02-09', false]]],
    ['Candidates campaigned ahead of Saturday’s caucus.', '2016-02-18', [['Saturday', '2016-02-20', false]]],
    ['He lost a vote in the 2016 election.', '2020-08-16', []],
    // "will" belongs to the reported clause, not to the phone call
    [
      'During a phone call on Saturday, the presidents said the turmoil will be remedied soon.',
      '2020-08-16',
      [['on Saturday', '2020-08-15', false]],
    ],
    [
      'Russia, which annexed Crimea in 2014, held talks with Turkey on Monday.',
      '2021-04-13',
      [
        ['in 2014', null, true],
        ['on Monday', '2021-04-12', false],
      ],
    ],
    ['police opened fire on a stone-pelting mob in godhra on thursday.', '2002-03-02', [['on thursday', '2002-02-28', false]]],
    ['Kenyan police arrested two journalists in Nairobi yesterday.', '2019-06-20', [['yesterday', '2019-06-19', false]]],
    ['The vote in May was rigged, and protesters march 10 km a day.', '2020-08-16', [['in May', null, true]]],
    ['Talks resumed on 13 August 2020 in Geneva.', '2020-08-16', [['on 13 August 2020', '2020-08-13', false]]],
    ['Iran will hold talks with the European Union in Vienna next week.', '2021-11-20', [['next week', '2021-11-27', false]]],
  ])('%s', (text, published, expected) => {
    expect(brief(dates(text, published))).toEqual(expected);
  });

  it('records the sentence of each date', () => {
    const out = dates('Nothing happened. Police fired on Tuesday.', '2020-08-16');
    expect(out.map((m) => m.sentence)).toEqual([1]);
  });
});
