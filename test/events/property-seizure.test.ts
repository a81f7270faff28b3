import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) => coder.code({ id: 't', text, published: '2022-03-02' }).events.map((e) => `${e.cameo} ${e.source?.text ?? ''}`);

describe('seizing or damaging property (171)', () => {
  it('stealing property is seizing it, like looting', () => {
    expect(coded('Militants stole the railway in Syria.')).toEqual(['171 Militants']);
  });
  it('a plural the lemmatiser leaves alone still names the explosives made harmless', () => {
    expect(coded('Yemeni soldiers defused hundreds of landmines in Taiz.')).toEqual(['171 Yemeni soldiers']);
  });
});
