// Irregular past participles the tagger reads as nouns ("have retaken/NOUN") are verbs through the
// irregular-verb list (dictionaries/lexicon/irregular-verbs.tsv).
import { describe, expect, it } from 'vitest';
import { testCoder } from '../helpers/coder.ts';

const coder = testCoder();
const codes = (text: string) => coder.code({ id: 't', text, published: '2016-03-28' }).events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}`);

describe('irregular participles after "have"', () => {
  it.each([
    ['have retaken', 'Syrian government forces have retaken the town of Palmyra from Islamic State.', /^192 SYR/],
    ['had retaken', 'Iraqi troops had retaken the city of Ramadi by Monday.', /^192 IRQ/],
  ])('%s', (_why, text, want) => {
    expect(codes(text).some((c) => want.test(c))).toBe(true);
  });
});
