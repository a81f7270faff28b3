import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/core/types.ts';
import { testCoder } from '../helpers/coder.ts';

const attributionsOf = (text: string): readonly Attribution[] => testCoder().analyse({ text, published: '2016-03-02' }).layers.attributions ?? [];
const one = (text: string, content: string) => {
  const a = attributionsOf(text).find((x) => x.content.text.includes(content));
  expect(a, `no attribution with "${content}" in ${JSON.stringify(attributionsOf(text).map((x) => x.content.text))}`).toBeDefined();
  return a!;
};

describe('attributions stage', () => {
  it('finds the speaker after a quote past an apposition', () => {
    const a = one('“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News on Tuesday.', 'Ted Cruz is not my favorite');
    expect(a.direct).toBe(true);
    expect(a.speaker?.text).toBe('Graham');
    expect(a.cue?.text).toBe('told');
  });

  it('finds a speaker that follows the cue: "said X"', () => {
    const a = one('“We will win this state and then we will win the nomination,” said Bolton.', 'We will win this state');
    expect(a.speaker?.text).toBe('Bolton');
  });

  it('keeps a pronoun speaker on the pronoun and gives it the last named person', () => {
    const a = one('Vladimir Putin spoke in Moscow on Sunday.\n\n“Our troops are ready to defend the country,” he said.', 'Our troops are ready');
    expect(a.speaker?.text).toBe('he');
    expect(a.speaker?.entity ?? '').toMatch(/putin/);
  });

  it('continues a quote of the same paragraph after its cue as one attribution', () => {
    const text = '“The campaign is over for us,” Sanders said. “We will keep fighting for our ideas at the convention.”';
    const found = attributionsOf(text).filter((x) => x.direct);
    expect(found).toHaveLength(1);
    expect(found[0].content.text).toContain('We will keep fighting');
    expect(found[0].speaker?.text).toBe('Sanders');
  });

  it('gives a quote paragraph with no cue the last speaker of the paragraphs before', () => {
    const text = 'Senator John Smith told reporters that the bill would fail.\n\n“Nobody in this building believes it can pass this year.”';
    const a = one(text, 'Nobody in this building');
    expect(a.speaker?.text).toBe('Senator John Smith');
  });

  it('reads "according to X" as X speaking', () => {
    const a = one('According to the Associated Press, the governor will sign the bill on Friday.', 'the governor will sign');
    expect(a.speaker?.text).toBe('the Associated Press');
    expect(a.direct).toBe(false);
  });

  it('leaves a phrase quoted inside reported speech to that speech', () => {
    const text = 'Carson took the stage and called the political system “rotten to the core.”';
    const all = attributionsOf(text);
    expect(all.some((x) => x.direct && x.content.text === 'rotten to the core.')).toBe(false);
    const a = one(text, 'rotten to the core');
    expect(a.content.text).toContain('the political system');
    expect(a.speaker?.text).toBe('Carson');
  });

  it('takes the listener out of what was told and the subject from the first verb of a coordination', () => {
    const a = one('He endorsed Clinton, but told The Huffington Post on Monday that Sanders would win the state.', 'Sanders would win');
    expect(a.content.text).toBe('Sanders would win the state');
    expect(a.speaker?.text).toBe('He');
  });

  it('reports what a stance verb commits the subject to: "vowed to …"', () => {
    const a = one('Sanders vowed to take the fight to every state that has not voted.', 'take the fight');
    expect(a.content.text.startsWith('to take')).toBe(true);
    expect(a.speaker?.text).toBe('Sanders');
  });

  it('does not read "adding to his lead" as speech', () => {
    const all = attributionsOf('Trump won Georgia, adding to his lead in the delegate count.');
    expect(all.some((x) => x.cue?.text === 'adding')).toBe(false);
  });

  it('finds the name before several inserts: "Ramil Carr, 31, a photographer, said"', () => {
    const a = one('Ramil Carr, 31, a Philadelphia freelance photographer, said the police were wrong.', 'the police were wrong');
    expect(a.speaker?.text).toBe('Ramil Carr');
  });

  it('reads "Name: “…”" as the name speaking', () => {
    const a = one('The polling has been close - Philip Bump: “Two weeks ago, his strongest territory had been the South.”', 'Two weeks ago');
    expect(a.speaker?.text).toBe('Philip Bump');
  });

  it('finds a subject past a bracket and a time split off by the sentence splitter', () => {
    const a = one('Sen. Bernie Sanders (I-Vt.) on Saturday criticized the climate accord.', 'the climate accord');
    expect(a.speaker?.text).toBe('Sen. Bernie Sanders');
  });

  it('drops quoted titles and verbless quoted phrases that name no speaker', () => {
    const all = attributionsOf('She starred in “Orange Is the New Black” and called the plan “deficit neutral” before the vote.');
    expect(all.some((x) => x.direct && /Orange|deficit/.test(x.content.text))).toBe(false);
  });
});
