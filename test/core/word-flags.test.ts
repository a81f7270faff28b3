import { describe, expect, it } from 'vitest';
import { wordFlags } from '../../src/core/word-flags.ts';

describe('wordFlags', () => {
  it('gives each word a bit per list it is on', () => {
    const flags = wordFlags(['he', 'she'], new Set(['she', 'they']), ['it']);
    expect(flags.get('he')).toBe(1);
    expect(flags.get('she')).toBe(1 | 2);
    expect(flags.get('they')).toBe(2);
    expect(flags.get('it')).toBe(4);
    expect(flags.get('we')).toBeUndefined();
  });

  it('refuses more lists than bits', () => {
    expect(() => wordFlags(...Array.from({ length: 31 }, () => ['x']))).toThrow(/at most 30/);
  });
});
