import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events;

describe('story context', () => {
  it('reads the next sentence too: an accident named after the deaths', () => {
    expect(events('Nineteen people were killed when their bus fell off a bridge in eastern Russia. Another 22 people were injured in the accident.')).toEqual([]);
  });
  it('drops rescue at home in a disaster story', () => {
    expect(events('Japanese soldiers rescued 200 people stranded by heavy snowfall in Tottori on Tuesday.')).toEqual([]);
  });
  it('keeps aid between countries in a disaster story', () => {
    const evs = events('Japan sent aid to Turkey after the earthquake.');
    expect(evs.map((e) => e.cameo.slice(0, 2))).toEqual(['07']);
  });
  it('keeps violence political when political words are near', () => {
    const evs = events('A landmine explosion killed four soldiers near Sirte on Monday.');
    expect(evs.length).toBeGreaterThan(0);
  });
});
