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
