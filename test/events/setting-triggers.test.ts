import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const codes = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events.map((e) => e.cameo);

// Sentences written for this rule, none taken from an evaluation set.
describe('the setting of the reported act is no event of its own', () => {
  const cases: [string, string, string, string][] = [
    ['talks as the place of a demand', 'Opposition leaders demanded the release of all political prisoners at the third round of talks in Geneva.', '10', '04'],
    ['negotiations as the circumstance of a failure', 'Armenia and Azerbaijan failed to reach agreement on the border despite weeks of negotiations.', '03', '04'],
    ['an aim is not an act', 'Japan hosted the Chinese premier for a summit aimed at restoring diplomatic relations.', '04', '05'],
    ['a kidnapping dated earlier in a relative clause', 'Rebels released the two engineers, whom they had kidnapped three weeks ago, on Friday.', '08', '18'],
    ['what a protest asks for', 'Thousands of Kenyan students demonstrated in the streets of the capital Nairobi on Monday calling for the government to cut fees.', '14', '02'],
    ['a statement that carries a demand', 'Kenyan rebels issued a statement saying the government must share intelligence with Uganda.', '10', '01'],
    ['what led to a rejection', 'Kenya rejected the proposal on Monday after Uganda offered to mediate.', '12', '03'],
  ];
  it.each(cases)('%s', (_why, text, keep, drop) => {
    const got = codes(text);
    if (keep) expect(got.some((c) => c.startsWith(keep))).toBe(true);
    expect(got.some((c) => c.startsWith(drop))).toBe(false);
  });
  it('a noun event that is the only act stays', () => {
    expect(codes('Delegates from both countries met in Vienna for talks.').length).toBeGreaterThan(0);
    expect(codes('Two soldiers were wounded in a bomb attack in Kabul.').some((c) => c.startsWith('18'))).toBe(true);
  });
  it('violence after "after" is still the news', () => {
    expect(codes('The government imposed a curfew after militants attacked a police station.').some((c) => c.startsWith('18') || c.startsWith('19'))).toBe(true);
  });
  it('"after which" tells what came next', () => {
    expect(codes('The minister criticised the plan, after which the two governments signed a trade agreement.').some((c) => c.startsWith('05') || c.startsWith('03'))).toBe(true);
  });
});

describe('a participle joined to a name by a hyphen is a modifier, not an event', () => {
  it.each([
    ['Turkish-backed rebels entered the town.', '051'],
    ['The US-sponsored ceasefire collapsed on Monday.', '05'],
  ])('%s', (text, not) => {
    expect(codes(text).some((c) => c.startsWith(not))).toBe(false);
  });
  it('the act of the backed group stays', () => {
    expect(codes('Iran-backed militias attacked a US base in Iraq.').some((c) => c.startsWith('19') || c.startsWith('18'))).toBe(true);
  });
});

describe('an act someone is suspected of, past the agent of the suspicion', () => {
  it('"suspected by the police of bombing" is the charge, not an event', () => {
    const got = codes('Kenya agreed to extradite two men suspected by the police of bombing a bus station in Uganda.');
    expect(got.some((c) => c.startsWith('18'))).toBe(false);
  });
});
