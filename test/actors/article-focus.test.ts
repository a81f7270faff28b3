import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const focusOf = (text: string) => coder.analyse({ id: 't', text, published: '2002-03-25' }).layers.focus ?? null;
const codeOf = (text: string, word: string) => coder.code({ id: 't', text, published: '2002-03-25' }).mentions.find((m) => m.text === word)?.code ?? null;

describe('a seat named by a bare word counts for the focus only when its country is named too', () => {
  const indian =
    'the mayor started a fast for peace near the bridge in sarangpur on saturday. congress leaders joined him. he said the city wanted to return to normal life.';
  it('lower-case Indian copy: "congress" does not make the article American', () => {
    expect(focusOf(indian)).toBe('IND');
  });
  it('a pronoun resolved to a role noun takes the country of the places, not of the seat', () => {
    expect(codeOf(indian, 'he')).toMatch(/^IND/);
  });
  it('with the United States named, Congress still counts', () => {
    expect(focusOf('Congress passed the bill on Monday. The senator said in Washington that the United States would act. Congress will vote again.')).toBe('USA');
  });
});
