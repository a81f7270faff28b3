import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const sources = (text: string) => coder.code({ id: 't', text, published: '2001-03-02' }).events.map((e) => e.source?.code ?? null);

// Sentences written for this rule, none taken from an evaluation set.
describe('a people called "ethnic" takes the country it lives in', () => {
  it.each([
    ['Hundreds of ethnic Hungarians protested in Romania on Sunday.', 'ROU', 'HUN'],
    ['Ethnic Russian separatists attacked a checkpoint in eastern Ukraine.', 'UKR', 'RUS'],
  ])('%s', (text, want, not) => {
    const got = sources(text);
    expect(got.some((c) => c?.startsWith(want))).toBe(true);
    expect(got.some((c) => c?.startsWith(not))).toBe(false);
  });
  it('the role block stays', () => {
    expect(sources('Ethnic Russian separatists attacked a checkpoint in eastern Ukraine.').some((c) => c === 'UKRSEP' || c === 'UKRREB')).toBe(true);
  });
  it('a people without "ethnic" keeps its own country', () => {
    expect(sources('Hungarians protested in Romania on Sunday.').some((c) => c?.startsWith('HUN'))).toBe(true);
  });
});
