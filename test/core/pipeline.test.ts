import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean-text.ts';
import { DyadError } from '../../src/core/errors.ts';
import { checkContracts, createPipeline, makeMeta, pipelineFingerprint } from '../../src/core/pipeline.ts';
import type { Stage } from '../../src/core/stage.ts';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = () => ({})): Stage => ({ name, requires, assigns, run });

describe('pipeline contracts', () => {
  it('accepts stages whose requirements are met in order', () => {
    expect(() => checkContracts([stage('a', [], ['tokens']), stage('b', ['tokens'], ['mentions'])])).not.toThrow();
  });
  it('refuses a stage that requires a layer no earlier stage assigns', () => {
    expect(() => checkContracts([stage('b', ['tokens'], ['mentions']), stage('a', [], ['tokens'])])).toThrow(DyadError);
  });
  it('refuses a stage that returns an undeclared layer', () => {
    const p = createPipeline([stage('a', [], ['tokens'], () => ({ tokens: [], focus: 'RUS' }))], {}, 'fp', (t) => t);
    expect(() => p.run({ text: 'x' })).toThrow(/undeclared layer "focus"/);
  });
  it('keeps the layers stages assign', () => {
    const p = createPipeline([stage('a', [], ['focus'], () => ({ focus: 'BLR' }))], {}, 'fp', (t) => t);
    expect(p.run({ text: 'x' }).layers.focus).toBe('BLR');
  });
});

describe('fingerprint and metadata', () => {
  it('changes with the dictionaries and the stages', () => {
    const a = pipelineFingerprint('0.1.0', ['x', 'y'], 'abc');
    expect(a).toMatch(/^dyad@0\.1\.0\+stages:[0-9a-f]{8}\+dict:abc$/);
    expect(pipelineFingerprint('0.1.0', ['x', 'y'], 'abd')).not.toBe(a);
    expect(pipelineFingerprint('0.1.0', ['x'], 'abc')).not.toBe(a);
  });
  it.each([
    ['2020-08-16', '2020-08-16'],
    ['2020-08-16T10:00:00Z', '2020-08-16'],
    ['Sun, 16 Aug 2020 10:00:00 GMT', '2020-08-16'],
    ['not a date', null],
  ])('normalises published %s', (published, expected) => {
    expect(makeMeta({ text: 't', published }).published).toBe(expected);
  });
  it('derives a stable id from the text when none is given', () => {
    expect(makeMeta({ text: 'abc' }).id).toBe(makeMeta({ text: 'abc' }).id);
    expect(makeMeta({ text: 'abc' }).id).not.toBe(makeMeta({ text: 'abd' }).id);
  });
});

describe('cleanText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\u0000b\u0007c', 'a b c'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
  ])('keeps the length of %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
    expect(cleanText(raw).length).toBe(raw.length);
  });
});
