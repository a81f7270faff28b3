import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';
import { demandCode } from '../../src/stages/events/demand-code.ts';

const coder = createCoder();
const intentOf = (c: string) => ({ '036': '036', '046': '036', '0841': '0353', '084': '0353' })[c] ?? null;

describe('demandCode', () => {
  it.each([
    ['036', '106'],
    ['0353', '1053'],
    ['0841', '1053'],
    ['046', '106'],
    ['190', null],
  ])('%s → %s', (cameo, want) => {
    expect(demandCode(cameo, intentOf)).toBe(want);
  });
});

describe('"X said Y must …" is X demanding it of Y', () => {
  it('codes the speaker demanding a release of the one who must release', () => {
    const evs = coder.code({ id: 't', text: 'Russia said on Tuesday that Sudan must release the captured pilots.', published: '2002-03-02' }).events;
    expect(evs.map((e) => `${e.source?.code} ${e.target?.code} ${e.cameo}`)).toContain('RUS SDN 1053');
  });
  it('leaves a self-obligation alone', () => {
    const evs = coder.code({ id: 't', text: 'Russia said it must release the captured pilots.', published: '2002-03-02' }).events;
    expect(evs.some((e) => e.cameo.startsWith('10'))).toBe(false);
  });
});
