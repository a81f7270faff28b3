import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebookCodes, coverageByCode, FORMS, runAllExamples } from '../../scripts/form-coverage.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import { loadDictionaries } from '../../src/dictionaries/load-dictionaries.ts';
import { testCoder } from '../helpers/coder.ts';

// Every 3- and 4-digit CAMEO code has a pattern example, run through the real coder, in each form:
// active, passive, nominal and infinitival.

describe('form coverage of the codebook', () => {
  const covered = coverageByCode(runAllExamples(testCoder(), loadDictionaries(join(ROOT, 'dictionaries')).patterns));
  const codes = codebookCodes();
  it('reads the 3- and 4-digit codes of the codebook', () => {
    expect(codes.length).toBeGreaterThan(250);
    expect(codes.some((c) => c.code === '0211')).toBe(true);
    expect(codes.some((c) => c.code === '02')).toBe(false);
  });
  it.each(FORMS)('every code has an example in %s form', (form) => {
    expect(codes.filter((c) => !covered.get(c.code)?.has(form)).map((c) => c.code)).toEqual([]);
  });
});
