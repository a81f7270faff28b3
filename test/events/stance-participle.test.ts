import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events;

// Sentences written for this rule, none taken from an evaluation set.
describe('"is committed to" is the subject\'s stance, not a passive', () => {
  it('the one committed is the source', () => {
    const evs = events('The foreign minister said Chile is committed to reopening talks with Bolivia.');
    expect(evs.some((e) => e.source?.code?.startsWith('CHL') && e.cameo.startsWith('03'))).toBe(true);
  });
  it('a true passive keeps its patient as target', () => {
    const evs = events('Three journalists were arrested by Iranian police on Monday.');
    expect(evs.some((e) => e.source?.code?.startsWith('IRN') && e.cameo.startsWith('173'))).toBe(true);
  });
});
