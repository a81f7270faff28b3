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
