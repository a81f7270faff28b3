import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../scripts/form-coverage.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import { loadDictionaries } from '../../src/dictionaries/load-dictionaries.ts';
import { PatternEntry } from '../../src/dictionaries/schema.ts';
import { testCoder } from '../helpers/coder.ts';

// Patterns may carry more examples than their `example` (one per form) and may state the form of
// each. Every such example must fire its own pattern with its own code and actors, in the form it
// states: the matcher, not the entry, decides what "passive" or "nominal" means.
const patterns = loadDictionaries(join(ROOT, 'dictionaries')).patterns;
const stated = patterns.flatMap((p) => [
  ...(p.form ? [[`${p.id} (${p.form})`, p, 0] as const] : []),
  ...(p.examples ?? []).map((x, i) => [`${p.id} #${i + 1} (${x.form})`, p, i + 1] as const),
]);

describe('examples in a stated form', () => {
  it('some patterns state forms', () => {
    expect(stated.length).toBeGreaterThan(0);
  });
  it.each(stated)('%s', (_name, p, index) => {
    const run = runExample(testCoder(), p, index);
    expect(run.problem, run.text).toBeNull();
    expect(run.seen).toBe(run.declared);
  });
});

describe('the form check', () => {
  const pattern = (form: string, text: string) =>
    PatternEntry.parse({ id: 'test.arrest', cameo: '173', verbs: ['arrest'], example: 'Kenyan police arrested an Ethiopian journalist.', examples: [{ form, text }] });
  it('reads the form off the fired trigger', () => {
    const coder = testCoder();
    // patterns outside the dictionaries never fire: check the shipped arrest pattern's verb instead
    const shipped = patterns.find((p) => p.verbs?.includes('arrest') && p.cameo === '173');
    expect(shipped).toBeDefined();
    const as = (form: string, text: string) => runExample(coder, { ...pattern(form, text), id: shipped!.id }, 1);
    expect(as('passive', 'An Ethiopian journalist was arrested by Kenyan police on Monday.').seen).toBe('passive');
    expect(as('infinitival', 'Kenyan police moved to arrest an Ethiopian journalist.').seen).toBe('infinitival');
    expect(as('active', 'Kenyan police arrested an Ethiopian journalist.').seen).toBe('active');
  });
  it('refuses a form the example does not show', () => {
    const shipped = patterns.find((p) => p.verbs?.includes('arrest') && p.cameo === '173')!;
    const run = runExample(testCoder(), { ...pattern('passive', 'Kenyan police arrested an Ethiopian journalist.'), id: shipped.id }, 1);
    expect(run.problem).toMatch(/declared passive, the matcher saw active/);
  });
  it('refuses an example that fires another pattern', () => {
    const shipped = patterns.find((p) => p.verbs?.includes('arrest') && p.cameo === '173')!;
    const run = runExample(testCoder(), { ...pattern('active', 'Kenya praised Ethiopia on Monday.'), id: shipped.id }, 1);
    expect(run.problem).toMatch(/did not fire/);
    expect(run.seen).toBeNull();
  });
});
