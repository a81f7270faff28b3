import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events;

// Sentences written for this rule, none taken from an evaluation set.
describe('drills two states hold together are military cooperation (062)', () => {
  it('a compound subject of two states', () => {
    const evs = events('Indian and French warships launched a week of war games in the Arabian Sea.');
    expect(evs.map((e) => `${e.cameo} ${e.source?.code} ${e.target?.code}`)).toContain('062 INDMIL FRAMIL');
  });
  it('one state drilling alone is still a show of force (150)', () => {
    expect(events('Russia held naval drills in the Baltic Sea.').map((e) => e.cameo)).toContain('150');
  });
});
