import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const first = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events.filter((e) => !e.negated)[0]?.cameo ?? null;

describe('protest, repression and territory', () => {
  it.each([
    ['Crowds of students took to the streets of Dhaka on Saturday.', /^14/],
    // force on a protest is repression
    ['Bangladeshi police attacked a human chain of students in Rangpur.', /^175$/],
    // a place in the clause is no veto of an arrest
    ['Police arrested 150 people in the city of Surat after the riots.', /^173$/],
  ])('%s', (text, want) => {
    expect(first(text)).toMatch(want);
  });

  it('freeing people is still a release', () => {
    expect(first('Venezuela freed six Americans on Saturday.')).toBe('0841');
  });
});

describe('words that are no act', () => {
  const codes = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => e.cameo);
  it.each([
    // a month in a date is no protest march to attack
    ['the builder was also attacked on march 3 when criminals made a bid to kill him in patna.', /^175$/],
    // "take care/steps/part" take no town
    ['the city police have made arrangements to take care of any untoward incident in the city.', /^19/],
    ['the police took steps to restore order in the town.', /^19/],
    ['the police took part in a meeting in the district.', /^19/],
    // "take control of the situation" restores order; it takes no place
    ['the police were hardly in a position to take control of the situation in vadodara.', /^19/],
  ])('%s', (text, not) => {
    expect(codes(text).filter((c) => not.test(c))).toEqual([]);
  });

  it.each([['rebels took part of the town of dessie.'], ['rebels took control of the town of dessie.']])('a town taken is still captured: %s', (text) => {
    expect(codes(text)).toContain('192');
  });
});

describe('South Asian protest vocabulary (lower-case news)', () => {
  const codes = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.filter((e) => !e.negated).map((e) => e.cameo);
  it.each([
    ['the vishwa hindu parishad called a bandh in ahmedabad on thursday.', '143'],
    ['traders observed a bandh in surat on friday.', '143'],
    ['the opposition gave a call for a statewide bandh in gujarat.', '143'],
    ['shops remained shut during the hartal called by the left parties in kochi.', '143'],
    ['congress legislators staged a dharna outside the assembly in gandhinagar.', '144'],
    ['the leaders sat on a dharna at the collectorate in lucknow.', '144'],
    ['students gheraoed the vice-chancellor in kolkata on monday.', '144'],
    ['activists staged a rail roko at badlapur on friday.', '144'],
    ['farmers held a rasta roko on the highway near nashik.', '144'],
  ])('%s', (text, want) => {
    expect(codes(text)).toContain(want);
  });

  it('a bandh called off is eased dissent, no strike', () => {
    const got = codes('the union called off the bandh in kolkata on monday.');
    expect(got).toContain('082');
    expect(got).not.toContain('143');
  });
});
