import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) =>
  coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo}${e.negated ? ' neg' : ''}`);

// Police work in news English that CAMEO codes: force posture (15x), protection (074), charges (173), repression (175).
describe('police work', () => {
  it.each([
    ['police and rapid action force personnel were patrolling the walled city of delhi on friday.', 'COP 150'],
    ['police are keeping a close watch on the temples in ayodhya.', 'COP 151'],
    ['police made elaborate security arrangements in the old city of hyderabad.', 'COP 151'],
    ['security has been tightened around the railway station in lucknow.', 'COP 151'],
    ['the police sounded a statewide alert in bihar after the blasts.', 'COP 151'],
    ['over 5,000 police personnel were deployed in ayodhya ahead of the programme.', 'COP 153'],
    ['four companies of para-military forces have been rushed to bhavnagar in gujarat.', 'COP 153'],
    ['the families were escorted to a relief camp by the police in vadodara.', 'COP 074'],
    ['the pilgrims were taken to their homes in ahmedabad under police escort.', 'COP 074'],
    ['police registered a case against the legislator in surat.', 'COP 173'],
    ['police had to resort to firing in shinor in gujarat to control the mobs.', 'COP 175'],
    ['the police burst tear gas shells in rajkot on friday.', 'COP 175'],
    // Indian police units and ranks (agents.jsonl): the CID is the police's investigation wing
    ['the state cid arrested two men in kolkata on monday.', 'COP 173'],
    ['over 15,000 central paramilitary personnel were deployed in ayodhya.', 'COP 153'],
    // an adverb between the auxiliary and the participle keeps the passive ("has been further tightened")
    ['security has been further tightened around the railway station in lucknow.', 'COP 151'],
    ['a curfew was later imposed in the old city of hyderabad.', 'GOV 1723'],
  ])('%s', (text, want) => {
    expect(coded(text).some((e) => e.endsWith(want))).toBe(true);
  });

  it.each([
    // the crowd leaving is no repression
    ['the mob dispersed quietly in anand on friday.', /175/],
    // a government watching developments raises no police alert
    ['Japan is keeping a close watch on developments in North Korea.', /151/],
    // filing a complaint is the complainant's act
    ['the victim’s family filed an fir with the police in surat.', /173/],
  ])('%s', (text, not) => {
    expect(coded(text).join(' ')).not.toMatch(not);
  });

  it('"unwilling to" negates the act', () => {
    expect(coded('the police in ahmedabad were unwilling to register cases against the rioters.').some((e) => e.endsWith('COP 173 neg'))).toBe(true);
  });
});

describe('coordinated acts', () => {
  it('"opened fire and were able to arrest" is a firing and an arrest', () => {
    const got = coded('police opened fire and were able to arrest 39 miscreants in anand.');
    expect(got.some((e) => e.endsWith('COP 175'))).toBe(true);
    expect(got.some((e) => e.endsWith('COP 173'))).toBe(true);
  });
});
