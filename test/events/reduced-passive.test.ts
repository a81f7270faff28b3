import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' }).events;

describe('participles without their auxiliary', () => {
  it('reads "people arrested near here" as a passive: the people are arrested, by the police implied', () => {
    const [e] = events('Thirty-one people arrested near Ayodhya on Friday were released on bail.');
    expect(e.cameo).toBe('173');
    expect(e.source?.code ?? '').toMatch(/COP$/);
    expect(e.target?.text).toBe('people');
  });
  it('keeps "police arrested five men" active', () => {
    const [e] = events('Police arrested five men in Ahmedabad on Friday.');
    expect(e.cameo).toBe('173');
    expect(e.source?.text).toMatch(/police/i);
  });
  it('takes the agent of a killing from "in police firing"', () => {
    const evs = events('Four people were killed in police firing in Godhra on Tuesday.');
    expect(evs).toHaveLength(1);
    expect(evs[0].cameo.slice(0, 2)).toMatch(/18|19/);
    expect(evs[0].source?.text).toMatch(/police/i);
  });
  it('keeps two acts with agents of their own apart', () => {
    const evs = events('While six people were injured in police firing, 12 people were killed by the rioters.');
    expect(evs.map((e) => e.source?.text).sort()).toEqual(['police', 'rioters']);
  });
  it('reads "have rounded up" as an arrest', () => {
    const [e] = events('The police have rounded up 1,740 activists headed for Ayodhya.');
    expect(e.cameo).toBe('173');
  });
});

describe('objects that open with a quantity', () => {
  it('keeps "soldiers arrested more than 100 Palestinians" active', () => {
    const [e] = coder.code({ id: 't', text: 'Israeli soldiers arrested more than 100 Palestinians on Saturday in Hebron.', published: '2002-03-02' }).events;
    expect(e.source?.code).toMatch(/^ISR/);
  });
});

describe('participles after "those" or an adverb', () => {
  it.each([
    ['Two Bajrang Dal leaders were among those arrested in Lucknow on Friday.'],
    ['People similarly arrested under the act in Gujarat cannot claim compensation.'],
  ])('%s', (text) => {
    const e = events(text).find((x) => x.cameo === '173');
    expect(e?.source?.code ?? '').toMatch(/COP$/);
  });
});
