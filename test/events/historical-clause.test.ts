import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const codes = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo}`);

// Sentences written for this rule, none taken from an evaluation set.
describe('acts told as history are background', () => {
  const cases: [string, string, string[]][] = [
    ['a seizure dated by a decade', 'Algerian farmers began a hunger strike to demand the return of land seized by the army in the 1970s.', []],
    ['a capture years ago in a relative clause', 'Rebels retook the town, which the army had captured two years ago, on Sunday.', ['REB 192']],
    ['the demand about a world-war killing stays', 'Poland demanded that Russia admit Soviet troops killed thousands of Polish officers during World War Two.', ['POLGOV 100']],
    ['an arrest months ago is still news', 'Police said the cell was found after the arrest of two militants three months ago.', ['COP 173']],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    const got = codes(text);
    for (const e of expected) expect(got).toContain(e);
    if (!expected.length) expect(got.filter((c) => c.endsWith(' 171') || c.endsWith(' 192') || c.endsWith(' 180'))).toEqual([]);
  });
  it('the news act of the same sentence is kept', () => {
    expect(codes('Rebels retook the town, which the army had captured two years ago, on Sunday.').some((c) => c.endsWith(' 173') || c === 'MIL 192')).toBe(false);
  });
});
