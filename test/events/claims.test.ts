import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) => coder.code({ id: 't', text, published: '2022-03-02' }).events.map((e) => `${e.cameo} ${e.modality}`);

describe('claims', () => {
  it('a known party speaking of another reports, not asserts', () => {
    expect(coded("Ukraine's military said Russian forces had shelled Kharkiv overnight.")).toEqual(['194 reported']);
  });
  it('a source nobody can place is the reporter\'s sourcing: the act stays asserted', () => {
    expect(coded('So far, 150 people had been arrested in connection with the violence, Tuteja said.')).toEqual(['173 asserted']);
  });
});
