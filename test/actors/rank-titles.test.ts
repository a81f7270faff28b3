import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const code = (text: string) => coder.code({ id: 't', text, published: '2002-03-25' });

describe('dotted military rank abbreviations are military titles', () => {
  it('"Lt. Gen." before a name is a military actor of the article\'s country', () => {
    const e = code("Lt. Gen. Kasimir Volk resigned yesterday to allow Haiti's first free elections.").events.find((x) => x.cameo.startsWith('08'));
    expect(e?.source?.code).toBe('HTIMIL');
  });
  it('"Col." alone is a military title too', () => {
    expect(code('Col. Kasimir Volk resigned in Haiti on Monday.').mentions.find((m) => m.text === 'Col.')?.code).toBe('HTIMIL');
  });
});

describe('"the Emirates" with its article is the United Arab Emirates; the bare word is the airline', () => {
  it('a mediation between the Emirates and Oman has the Emirates as its target', () => {
    const e = code("Qatar's emir launched a mediation effort on Saturday between the Emirates and Oman.").events.find((x) => x.cameo.startsWith('04'));
    expect(e?.target?.code).toBe('ARE');
  });
  it('"Emirates said" is no country', () => {
    expect(code('Emirates said it cancelled its flights to Tehran.').mentions.some((m) => m.code === 'ARE')).toBe(false);
  });
});
