import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';
import { threatCode } from '../../src/stages/events/threat-code.ts';

const coder = createCoder();
const coded = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo} ${e.modality}`);

describe('threatCode', () => {
  it.each([
    ['163', '1312'],
    ['1661', '136'],
    ['191', '1381'],
    ['190', '1384'],
    ['1723', '1323'],
    ['145', '133'],
    ['036', null],
    ['173', '137'],
  ])('%s → %s', (cameo, want) => {
    expect(threatCode(cameo)).toBe(want);
  });
});

describe('a hostile act announced or made a condition is a threat', () => {
  it.each([
    ['Kenyan farmers said they would blockade Nairobi from Monday night.', /KENAGR 1381 threatened/],
    ['Uganda will withdraw its peacekeepers from Somalia unless the fighting stops.', /UGA\w* 136 threatened/],
    ['Ghana will impose sanctions on Togo next week.', /GHA\w* 1312 threatened/],
  ])('%s', (text, want) => {
    expect(coded(text).some((e) => want.test(e))).toBe(true);
  });

  it('a cooperative act announced stays an intent', () => {
    expect(coded('Kenya said it would send aid to Somalia.').join(' ')).not.toMatch(/ 13\d* /);
  });

  it('"due to" giving a cause is no future', () => {
    expect(coded('Students in Gaza suffocated due to inhaling tear gas fired by Israeli forces.').join(' ')).not.toMatch(/threatened|future/);
  });
});

describe('background and alleged acts', () => {
  it('"last month" dates recent news, it does not make it background', () => {
    expect(coded('Afghan guerrillas blew up three power lines near Kabul last month.').length).toBeGreaterThan(0);
  });
  it('an act someone is suspected of is no event', () => {
    expect(coded('Kenya handed over two men suspected of bombing a hotel in Mombasa.').join(' ')).not.toMatch(/ 18\d* /);
  });
});

describe('the place of a threat or a concession is its target', () => {
  it.each([
    ['President Bouteflika threatened to impose a curfew in Algiers.', 'DZA'],
    ['President Bashir shortened the nightly curfew in Khartoum by one hour.', 'SDN'],
  ])('%s', (text, want) => {
    const evs = coder.code({ id: 't', text, published: '2001-03-02' }).events;
    expect(evs.some((e) => e.target?.code === want)).toBe(true);
  });
});

describe('obligations and the subjunctive of a demand are no acts', () => {
  it.each([
    ['"We have to arrest the guilty," the minister said in Delhi.'],
    ['He suggested that those guilty be booked under the new ordinance.'],
  ])('%s', (text) => {
    const evs = coder.code({ id: 't', text, published: '2002-03-02' }).events.filter((e) => e.cameo === '173');
    expect(evs.every((e) => e.modality !== 'asserted')).toBe(true);
  });
  it('"had to" is done: the police had to resort to firing', () => {
    expect(coded('Police had to resort to firing in Shinor on Friday.').some((e) => / asserted$/.test(e))).toBe(true);
  });
});

describe('a promise or a threat under a condition', () => {
  it('"would meet him if …" is a conditional intent to meet', () => {
    expect(coded('Afghan rebel leaders said they would meet the U.N. mediator if he gave them a veto.').some((e) => / 036 hypothetical$/.test(e))).toBe(true);
  });
});
