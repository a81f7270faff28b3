import { describe, expect, it } from 'vitest';
import { testCoder } from '../helpers/coder.ts';
import { DATED, LOWER_CASE, type ResolutionCase, SPELLINGS, TITLES } from './resolution-cases.ts';

// Issue 4: a mention is coded by the role held on the article's date; titles compose with country
// words; spellings and lower-case wire copy resolve to the same entries. The cases run through the
// whole pipeline (segment → dates → places → actors), as `dyad code` would.

/** The code of the mention whose text is exactly `text`, or a note listing what was found instead. */
function codeOf(sentence: string, published: string, text: string): string {
  const mentions = testCoder().analyse({ text: sentence, published }).layers.mentions ?? [];
  const m = mentions.find((x) => x.text === text);
  return m ? String(m.code) : `no mention "${text}" in [${mentions.map((x) => `${x.text}:${x.code}`).join(', ')}]`;
}

const run = (cases: readonly ResolutionCase[]) =>
  it.each(cases)('%s (%s): %s → %s', (sentence, published, text, code) => {
    expect(codeOf(sentence, published, text)).toBe(code);
  });

describe('actor resolution by date and title', () => {
  describe('people by the role held on the date', () => run(DATED));
  describe('title-only references and composed titles', () => run(TITLES));
  describe('spelling variants', () => run(SPELLINGS));
  describe('lower-case text', () => run(LOWER_CASE));

  it('covers many countries, and most people at more than one date', () => {
    const all = [...DATED, ...TITLES, ...SPELLINGS, ...LOWER_CASE];
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map(([, , , code]) => code.slice(0, 3))).size).toBeGreaterThanOrEqual(40);
    const codesByMention = new Map<string, Set<string>>();
    for (const [, , text, code] of DATED) codesByMention.set(text, (codesByMention.get(text) ?? new Set()).add(code));
    const changing = [...codesByMention.values()].filter((codes) => codes.size > 1).length;
    expect(changing).toBeGreaterThanOrEqual(40);
  });
});
