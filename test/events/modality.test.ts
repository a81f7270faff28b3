import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
describe('obligation and possibility', () => {
  const coded = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.cameo} ${e.modality}`);
  it('"should be arrested" is demanded, not asserted', () => {
    expect(coded('The leaders should be arrested for inciting violence, he said.').every((e) => !e.endsWith('asserted'))).toBe(true);
  });
  it('"likely to be arrested" is hypothetical', () => {
    expect(coded('Senior VHP leaders are likely to be arrested on Friday.')).toEqual(['173 hypothetical']);
  });
});

describe('"if" after a verb of asking or finding out', () => {
  const coded = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.cameo} ${e.modality}`);
  it('opens an indirect question: the inquiry itself is asserted', () => {
    expect(coded('the police are now investigating if those arrested on tuesday have links with terrorists in hapur.')).toContain('090 asserted');
  });
  it('is still a condition elsewhere', () => {
    expect(coded('the army will be deployed if the violence spreads to vadodara.').some((e) => e.endsWith('asserted'))).toBe(false);
  });
});
