import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.source?.text ?? '?'} ${e.cameo}`);

describe('police force in Indian English', () => {
  it('tear-gas shells lobbed are tear gas, not artillery', () => {
    expect(coded('Tear-gas shells were lobbed to disperse the crowd in Vadodara.').map((e) => e.split(' ').pop())).toEqual(['175']);
  });
  it('the subject of "who fired" is the noun the relative pronoun follows', () => {
    expect(coded('The mob was foiled by the police, who fired 20 rounds in Vadodara.')).toContain('police 175');
  });
  it('a lathi-charge is one act of repression, not an arrest', () => {
    expect(coded('Police lathi-charged students outside the secretariat in Patna.').map((e) => e.split(' ').pop())).toEqual(['175']);
  });
});

describe('police firing', () => {
  it('on a mob is violent repression (175)', () => {
    const codes = coded('Police fired 12 rounds to disperse a rampaging mob in Kawant.').map((e) => e.split(' ').pop());
    expect(codes).toContain('175');
    expect(codes.some((c) => c?.startsWith('19'))).toBe(false);
  });
  it('that kills stays a killing with the police as its agent', () => {
    expect(coded('Four people were killed in police firing in Godhra.')[0]).toMatch(/^police 1[89]/);
  });
});

describe('riots and protests named by a noun', () => {
  it('are not the acts of the police the sentence is about', () => {
    const evs = coder.code({ id: 't', text: 'Advani denied that the police played a passive role in the communal riots in Ahmedabad.', published: '2002-03-02' }).events;
    const riots = evs.filter((e) => e.cameo.startsWith('14'));
    expect(riots.length).toBeGreaterThan(0);
    expect(riots.every((e) => !/COP$/.test(e.source?.code ?? ''))).toBe(true);
  });
});

describe('police firing named by a noun', () => {
  const coded = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo}`);
  it('is violent repression (175) when the sentence tells of no death', () => {
    expect(coded('six people were injured in police firing in ahmedabad on friday.')).toContain('INDCOP 175');
  });
  it('stays lethal when someone died', () => {
    expect(coded('a 19-year-old youth perished in police firing in ahmedabad on friday.').some((e) => /COP 1[89]\d$/.test(e))).toBe(true);
  });
});
