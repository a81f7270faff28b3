import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const targets = (text: string) => coder.code({ id: 't', text, published: '2001-03-02' }).events.map((e) => e.target?.code ?? null);
const sources = (text: string) => coder.code({ id: 't', text, published: '2001-03-02' }).events.map((e) => e.source?.code ?? null);

// Sentences written for this rule, none taken from an evaluation set.
describe('"Western" before a country name is a region of that country', () => {
  it('a town in Western Ukraine is in Ukraine, not the West', () => {
    expect(targets('Russian forces shelled a town in Western Ukraine on Monday.').some((c) => c === 'WST')).toBe(false);
  });
  it('"Western countries" are still the West', () => {
    expect(sources('Western countries imposed sanctions on Iran.')).toContain('WST');
  });
});
