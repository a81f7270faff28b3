import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types.ts';
import { contractProblems } from '../fuzz/contract-check.ts';
import { testCoder } from '../helpers/coder.ts';

// Issue 4: recognisable names that match no dictionary entry are kept as actors with `code: null`
// (records.md: "Unknown but recognised actors keep their text with code: null"), without turning
// every capitalised word into an actor, and without events whose only actors are unknown.

const PUBLISHED = '2026-11-20';
const analyse = (text: string) => testCoder().analyse({ text, published: PUBLISHED });
const unknownTexts = (text: string) => (analyse(text).layers.mentions ?? []).filter((m: Mention) => m.kind === 'unknown').map((m) => m.text);
const events = (text: string) => testCoder().code({ text, published: PUBLISHED }).events;

describe('unknown names as mentions', () => {
  const found: [string, string, string[]][] = [
    ['a company as subject', 'Acme Mining Corp sued the Kenyan government.', ['Acme Mining Corp']],
    ['a person as object', 'President William Ruto met Kasimir Volk on Tuesday.', ['Kasimir Volk']],
    ['a group with "of" inside its name', 'The Movement for the Liberation of Zorgia accused Kenya of shelling villages.', ['Movement for the Liberation of Zorgia']],
    ['a title is not part of the name', 'Kenyan police arrested Mr Kasimir Volk.', ['Kasimir Volk']],
    ['nor an abbreviated title after a place', 'Minnesota Gov. Kasimir Volk criticised the Kenyan government.', ['Kasimir Volk']],
    ['a surname that is also a title word', 'Kenyan police arrested Kasimir Major.', ['Kasimir Major']],
    ['a common word opening the sentence is cut off', 'Members of the Zorgian Freedom Caucus met Kenyan officials. Two members left early.', ['Zorgian Freedom Caucus']],
    ['an acronym', 'Kenyan troops clashed with ZLF fighters.', []],
    ['an acronym alone', 'Kenyan troops clashed with the ZLF on Monday.', ['ZLF']],
    ['a surname after the full name, even at the start of a sentence', 'Kasimir Volk fled. Volk said Kenya had attacked him.', ['Kasimir Volk', 'Volk']],
  ];
  it.each(found)('%s', (_name, text, names) => {
    expect(unknownTexts(text)).toEqual(names);
  });

  it('gives them code null, kind unknown, no entity, and the contract keeps', () => {
    const doc = analyse('Acme Mining Corp sued the Kenyan government.');
    const m = doc.layers.mentions!.find((x) => x.text === 'Acme Mining Corp');
    expect(m).toMatchObject({ code: null, entity: null, kind: 'unknown', entries: [] });
    expect(contractProblems(testCoder().code({ text: 'Acme Mining Corp sued the Kenyan government.', published: PUBLISHED }))).toEqual([]);
  });

  const notNames: [string, string][] = [
    ['months and weekdays', 'On Monday, Kenya signed a deal in March.'],
    ['a capital at the start of a sentence', 'Thousands marched against the Kenyan government.'],
    ['places the gazetteer knows', 'Protesters gathered in Mombasa and Kisumu.'],
    ['one unknown word after "in": a place', 'Hundreds rallied in Keshena against the Kenyan government.'],
    ['one unknown word alone: most often a place', 'Kenyan troops shelled Keshena on Tuesday.'],
    ['headline case', 'Zorgian Rebels Attack Town Near Kenyan Border'],
    ['treaties, streets and other things', 'Kenya signed the Zorgia Peace Accord on Acme Street.'],
    ['a name modifying a common noun', 'Kenyan police seized Katyusha rockets and Zorgia Brand rifles.'],
    ['a dateline in capitals', 'NEW ZORGIA CITY: Kenyan police arrested ten people.'],
    ['a byline in brackets', 'NAIROBI (Reuters) - Kenyan police arrested ten people.'],
    ['part of a hyphenated name', 'Kenya praised the Asia-Zorgia Cooperation forum.'],
    ['all lower-case copy: case says nothing', 'acme mining corp sued the kenyan government on monday.'],
  ];
  it.each(notNames)('not a name: %s', (_name, text) => {
    expect(unknownTexts(text)).toEqual([]);
  });

  it('a name next to a dictionary phrase belongs to it and is not a separate actor', () => {
    // "Zorgian" is no dictionary adjective, but it is glued to the role noun "rebels"
    expect(unknownTexts('Zorgian rebels attacked a Kenyan army base.')).toEqual([]);
  });

  it('a name after a place preposition is a place, not an argument', () => {
    const m = analyse('Kenyan troops attacked rebels in Upper Zorgia on Monday.').layers.mentions!.find((x) => x.kind === 'unknown');
    expect(m).toMatchObject({ text: 'Upper Zorgia', locative: true });
  });
});

describe('unknown names on events', () => {
  it('keeps an unknown source with its text and code null', () => {
    const [e] = events('Acme Mining Corp sued the Kenyan government.');
    expect(e.cameo).toBe('115');
    expect(e.source).toMatchObject({ text: 'Acme Mining Corp', code: null, entity: null });
    expect(e.target?.code).toBe('KENGOV');
  });

  it('keeps an unknown direct object as the target', () => {
    const [e] = events('President William Ruto met Kasimir Volk on Tuesday.');
    expect(e.source?.code).toBe('KENGOV');
    expect(e.target).toMatchObject({ text: 'Kasimir Volk', code: null });
  });

  it('does not make an apposition a second subject', () => {
    const found = events('A Kenyan opposition leader, Kasimir Volk, criticised the government on Monday.');
    expect(found.map((e) => e.source?.code)).toEqual(['KENOPP']);
  });

  it('emits no event whose only actors are unknown names', () => {
    expect(events('Acme Mining Corp sued Zeta Holdings Ltd on Monday.')).toEqual([]);
  });

  it('lets a coded target win over a name further from the verb', () => {
    const [e] = events('Kenyan police arrested a Ugandan soldier near the Acme Mining Corp offices.');
    expect(e.target?.code).toBe('UGAMIL');
  });
});
