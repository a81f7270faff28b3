import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const sources = (text: string) => coder.code({ id: 't', text, published: '2001-03-02' }).events.map((e) => e.source?.code ?? null);

describe('a country name misspelt by one letter inside the word', () => {
  it.each([
    ['Ethopia has agreed to reopen its border with Eritrea.', /^ETH/],
    ["Quatar's emir launched a mediation effort between Bahrain and Oman.", /^QAT/],
    ['Afganistan signed a trade agreement with Iran on Monday.', /^AFG/],
  ])('%s', (text, want) => {
    expect(sources(text).some((c) => c && want.test(c))).toBe(true);
  });

  it.each([
    // a name, not a misspelt country
    ['David Cameron met Angela Merkel in Berlin.', /^CMR/],
    ['Indiana sued the federal government over the rule.', /^IND/],
  ])('%s', (text, not) => {
    expect(sources(text).some((c) => c && not.test(c))).toBe(false);
  });
});

describe('peoples and names with particles', () => {
  it('"Bosnian Serbs" are a people of Bosnia, not the Serbian government', () => {
    expect(sources('Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.')).toContain('BIH');
  });
  it('"al-Qaeda" in lower case opens the name', () => {
    const evs = coder.code({ id: 't', text: 'US drones killed eight top al-Qaeda leaders in Yemen.', published: '2001-03-02' }).events;
    expect(evs.some((e) => e.target?.code?.startsWith('IMGALQ'))).toBe(true);
  });
  it('fundamentalists are radicals', () => {
    expect(sources('Algerian fundamentalists began a hunger strike in Algiers.').some((c) => c?.endsWith('RAD'))).toBe(true);
  });
});

describe('forces led by a country', () => {
  it('take the leader’s country: "Saudi-led forces"', () => {
    const evs = coder.code({ id: 't', text: 'Saudi-led forces attacked the port of Hodeidah in Yemen.', published: '2018-06-13' }).events;
    expect(evs.some((e) => e.source?.code === 'SAUMIL')).toBe(true);
  });
});

describe('the party a nominal act is done to', () => {
  it('is not found past a comma: "in a bomb attack on Thursday, police said"', () => {
    const evs = coder.code({ id: 't', text: 'Irish guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.', published: '1990-06-13' }).events;
    expect(evs.some((e) => /COP$/.test(e.target?.code ?? ''))).toBe(false);
  });
});

describe('a country name opening a place name', () => {
  it('is no actor: "the Europe Bridge"', () => {
    const evs = coder.code({ id: 't', text: 'French farmers blocked the Europe Bridge over the Rhine.', published: '1990-06-13' }).events;
    expect(evs.some((e) => e.target?.code?.startsWith('EUR'))).toBe(false);
  });
});

describe('a surname that is an English word, in lower-case text', () => {
  const mentions = (text: string) => coder.code({ id: 't', text, published: '2023-03-02' }).mentions.map((m) => m.code);
  it('"borne" (bear) is no Élisabeth Borne', () => {
    expect(mentions('the cost of the damage will be borne by the state government, the police commissioner said.').some((c) => c?.startsWith('FRA'))).toBe(false);
  });
  it('the full name still matches', () => {
    expect(mentions('élisabeth borne met the union leaders in paris on monday.').some((c) => c?.startsWith('FRA'))).toBe(true);
  });
  it('a surname the tagger reads as a name still matches alone', () => {
    expect(mentions('putin met the french president in moscow on monday.').some((c) => c?.startsWith('RUS'))).toBe(true);
  });
});
