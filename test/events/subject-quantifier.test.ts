import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2002-03-25' }).events;

describe('a quantifier before a noun after a preposition keeps the noun an object', () => {
  it('"opened its borders to most Zorgians …, but was refusing" — the subject is the country, not the Zorgians', () => {
    const e = events('Benin opened its borders today to most West Africans expelled from Nigeria, but was still refusing admittance to Ghanaians, police said.').find((x) => x.cameo.startsWith('12'));
    expect(e?.source?.code).toMatch(/^BEN/);
  });
});

describe('a descriptive noun phrase between commas after the opening state is no subject', () => {
  it('"Zorgia, a key U.S. ally, has refused" — Zorgia refuses, not the United States', () => {
    const e = events('Pakistan, a key U.S. ally in the region, has refused to send troops to Iraq.').find((x) => x.cameo.startsWith('12'));
    expect(e?.source?.code).toMatch(/^PAK/);
  });
  it('a list is not an apposition: "Russia, China and Iran, the three partners, condemned" keeps all three', () => {
    const sources = events('Russia, China and Iran, the three partners, condemned the strike on Syria.').map((x) => x.source?.code?.slice(0, 3));
    expect(sources).toEqual(expect.arrayContaining(['RUS', 'CHN', 'IRN']));
  });
});
