import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/apps/create-coder.ts';
import { loadDictionaries } from '../../src/dictionaries/load-dictionaries.ts';
import { testCoder } from '../helpers/coder.ts';

// Every pattern carries an example sentence; the example must make that very pattern fire with its
// own code (and, where the pattern says so, with the expected source and target).
const patterns = loadDictionaries(join(ROOT, 'dictionaries')).patterns;

describe('pattern examples', () => {
  it('there are patterns for all 20 CAMEO roots', () => {
    const roots = new Set(patterns.map((p) => p.cameo.slice(0, 2)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });
  it.each(patterns.map((p) => [p.id, p] as const))('%s fires on its example', (_id, p) => {
    const coded = testCoder().code({ id: p.id, text: p.example, published: '2024-01-15' });
    const mine = coded.events.filter((e) => e.rule === p.id);
    const fired = coded.events.map((e) => `${e.rule} ${e.cameo} ${e.source?.code}→${e.target?.code}`).join('; ') || 'nothing';
    expect(mine.length, `fired instead: ${fired}`).toBeGreaterThan(0);
    expect(mine[0].cameo).toBe(p.cameo);
    if (p.expect?.source !== undefined) {
      const ok = mine.some((e) => (p.expect?.source === null ? !e.source?.code : (e.source?.code ?? '').startsWith(p.expect?.source ?? '')));
      expect(ok, `source of ${fired}`).toBe(true);
    }
    if (p.expect?.target !== undefined) {
      const ok = mine.some((e) => (p.expect?.target === null ? !e.target?.code : (e.target?.code ?? '').startsWith(p.expect?.target ?? '')));
      expect(ok, `target of ${fired}`).toBe(true);
    }
  });
});
