// The contract checks themselves: a hand-built article that keeps the contract passes, and each way
// of breaking it is caught. Without this, a fuzz suite whose checks accept anything would pass.
import { describe, expect, it } from 'vitest';
import type { CodedArticle, EventRecord } from '../../src/core/types.ts';
import { contractProblems } from './contract-check.ts';

const TEXT = 'Russia says it will offer military help to Alexander Lukashenko.';
/** the span of `word` in TEXT */
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length, text: word });
const CONTENT = 'it will offer military help to Alexander Lukashenko';

function article(): CodedArticle {
  const event: EventRecord = {
    id: 'e1',
    sentence: 0,
    evidence: at(TEXT),
    trigger: at('offer'),
    source: { ...at('Russia'), code: 'RUS', entity: 'country:RUS' },
    target: { ...at('Alexander Lukashenko'), code: 'BLRGOV', entity: 'alexander-lukashenko' },
    cameo: '0332',
    root: '03',
    quad_class: 1,
    goldstein: 5.2,
    plover: { type: 'COOPERATE', mode: 'military' },
    modality: 'intended',
    negated: false,
    claim: { by: { ...at('Russia'), code: 'RUS' }, cue: 'says' },
    date: '2020-08-16',
    date_type: 'publication',
    location: { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, precision: 'city' },
    rule: 'offer.military-assistance',
    pipeline: 'dyad@0.1.0+dict:5f3a',
  };
  return {
    id: 'a1',
    published: '2020-08-16',
    text: TEXT,
    sentences: [[0, TEXT.length]],
    mentions: [{ ...at('Russia'), code: 'RUS', entity: 'country:RUS', country: 'RUS' }],
    attributions: [{ speaker: { ...at('Russia'), code: 'RUS' }, cue: at('says'), content: at(CONTENT), direct: false }],
    events: [event],
    messages: [{ stage: 'x', code: 'W012', severity: 'warning', text: 'w', start: 0, end: 10 }],
  };
}

type Break = (a: CodedArticle) => void;
const ev = (a: CodedArticle) => a.events[0];

describe('contract checks', () => {
  it('accept an article that keeps the contract', () => {
    expect(contractProblems(article())).toEqual([]);
  });

  it.each<[string, Break]>([
    ['a cameo code not in the codebook', (a) => Object.assign(ev(a), { cameo: '0339', root: '03' })],
    ['a cameo code of five digits', (a) => Object.assign(ev(a), { cameo: '03321' })],
    ['a root that is not the first two digits', (a) => Object.assign(ev(a), { root: '04' })],
    ['a quad class out of 1–4', (a) => Object.assign(ev(a), { quad_class: 5 })],
    ['a quad class other than the codebook one', (a) => Object.assign(ev(a), { quad_class: 2 })],
    ['a Goldstein value out of [-10, 10]', (a) => Object.assign(ev(a), { goldstein: 10.5 })],
    ['a Goldstein value other than the codebook one', (a) => Object.assign(ev(a), { goldstein: 5 })],
    ['an unknown modality', (a) => Object.assign(ev(a), { modality: 'alleged' })],
    ['negated as a string', (a) => Object.assign(ev(a), { negated: 'false' })],
    ['a claim without a cue', (a) => Object.assign(ev(a), { claim: { by: null } })],
    ['a day that does not exist', (a) => Object.assign(ev(a), { date: '2021-02-29' })],
    ['a date with date_type unknown', (a) => Object.assign(ev(a), { date_type: 'unknown' })],
    ['no date with date_type text', (a) => Object.assign(ev(a), { date: null, date_type: 'text' })],
    ['an unknown location precision', (a) => Object.assign(ev(a), { location: { ...ev(a).location!, precision: 'street' } })],
    ['a latitude of 91', (a) => Object.assign(ev(a), { location: { ...ev(a).location!, lat: 91 } })],
    ['an empty rule', (a) => Object.assign(ev(a), { rule: '' })],
    ['an actor code that is not in blocks of three', (a) => Object.assign(ev(a), { source: { ...ev(a).source!, code: 'RUSG' } })],
    ['an invalid published date', (a) => Object.assign(a, { published: '2020-13-01' })],
    ['a sentence past the end of the text', (a) => Object.assign(a, { sentences: [[0, TEXT.length + 1]] })],
    ['a sentence that ends before it starts', (a) => Object.assign(a, { sentences: [[10, 5]] })],
    ['overlapping sentences', (a) => Object.assign(a, { sentences: [[0, 30], [20, TEXT.length]] })],
    ['a negative offset', (a) => Object.assign(a.mentions[0], { start: -1 })],
    ['a fractional offset', (a) => Object.assign(a.mentions[0], { end: 5.5 })],
    ['a mention whose text is not its span', (a) => Object.assign(a.mentions[0], { text: 'Russian' })],
    ['an attribution cue whose text is not its span', (a) => Object.assign(a.attributions[0].cue!, { text: 'said' })],
    ['an attribution speaker out of range', (a) => Object.assign(a.attributions[0].speaker!, { end: 99 })],
    ['attribution content whose text is not its span', (a) => Object.assign(a.attributions[0].content, { start: 13 })],
    ['an evidence span whose text is not its span', (a) => Object.assign(ev(a).evidence, { end: TEXT.length - 1 })],
    ['a trigger whose text is not its span', (a) => Object.assign(ev(a).trigger, { text: 'offers' })],
    ['a target whose text is not its span', (a) => Object.assign(ev(a).target!, { start: 45 })],
    ['a claimant whose text is not its span', (a) => Object.assign(ev(a).claim!.by!, { text: 'Moscow' })],
    ['an event in a sentence that does not exist', (a) => Object.assign(ev(a), { sentence: 1 })],
    ['a message span past the end', (a) => Object.assign(a.messages[0], { end: 100 })],
  ])('catch %s', (_name, breakIt) => {
    const a = article();
    breakIt(a);
    expect(contractProblems(a)).not.toEqual([]);
  });
});
