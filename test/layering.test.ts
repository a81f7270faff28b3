import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/apps/create-coder.ts';

// The dependency rule: apps → adapters, stages, presets, exports → core. Stages receive adapters and
// dictionaries compiled; they never import adapters. Core imports nothing outside core. Only the
// NLP adapter imports wink-nlp.
const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
const importsOf = (f: string) => [...readFileSync(f, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
const area = (f: string) => relative(SRC, f).split('/')[0];

describe('layering', () => {
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s keeps the dependency rule', (_name, f) => {
    for (const spec of importsOf(f)) {
      if (spec.startsWith('.')) {
        const target = area(join(f, '..', spec));
        if (area(f) === 'core') expect(target, `${spec}`).toBe('core');
        if (area(f) === 'stages') expect(['adapters', 'apps', 'presets'].includes(target), spec).toBe(false);
        if (['exports', 'dictionaries'].includes(area(f))) expect(['apps', 'stages', 'presets'].includes(target), spec).toBe(false);
      }
      if (spec === 'wink-nlp' || spec === 'wink-eng-lite-web-model') expect(relative(SRC, f)).toBe('adapters/nlp/wink.ts');
    }
  });
});
