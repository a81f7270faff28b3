import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const events = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events;
const codes = (text: string) => events(text).map((e) => `${e.source?.code ?? '?'} ${e.cameo}`);

describe('story context', () => {
  it('reads the next sentence too: an accident named after the deaths', () => {
    expect(events('Nineteen people were killed when their bus fell off a bridge in eastern Russia. Another 22 people were injured in the accident.')).toEqual([]);
  });
  it('drops rescue at home in a disaster story', () => {
    expect(events('Japanese soldiers rescued 200 people stranded by heavy snowfall in Tottori on Tuesday.')).toEqual([]);
  });
  it('keeps aid between countries in a disaster story', () => {
    const evs = events('Japan sent aid to Turkey after the earthquake.');
    expect(evs.map((e) => e.cameo.slice(0, 2))).toEqual(['07']);
  });
  it('keeps violence political when political words are near', () => {
    const evs = events('A landmine explosion killed four soldiers near Sirte on Monday.');
    expect(evs.length).toBeGreaterThan(0);
  });
});

// Table-driven: sentences written for these rules, none taken from an evaluation set.
describe('disasters and accidents', () => {
  const none: [string, string][] = [
    ['a hazard that "slams into" a coast is no critic', 'A tsunami killed 200 people as it slammed into beaches on Saturday.'],
    ['the government responding to a disaster is not repression', 'Wildfires are burning across the south. The government declared a state of emergency on Thursday.'],
    ['the police account of an accident', 'According to police, the truck overturned on the highway after a collision with a bus.'],
    ['an aftershock story', 'A strong aftershock shook the town on Monday, and rescuers pulled two people from the rubble.'],
    ['a factory fire told by fire officials', 'A fire broke out at a garment factory in Dhaka, killing 17 workers, fire service officials said.'],
    ['a fire as the subject of "destroyed"', "A fire destroyed 200 homes in a refugee camp in Cox's Bazar, the UN refugee agency said."],
    ['a collapse told by police', 'Two workers died when scaffolding collapsed at a construction site in Dubai, the police said.'],
    ['a leader visiting flooded areas', 'The president visited the flooded areas on Sunday and promised to rebuild destroyed homes.'],
    ['a promise to the victims is disaster response', 'The government promised compensation to the families of those killed in the factory explosion.'],
  ];
  it.each(none)('%s', (_why, text) => expect(codes(text)).toEqual([]));
  it('a government denying a part in an explosion is a question of blame', () => {
    expect(codes('The Syrian government denied any involvement in the explosion at the factory.')).toEqual(['SYRGOV 016']);
  });
  it('a company denying responsibility for a spill is not', () => {
    expect(codes('The company denied any responsibility for the oil spill.')).toEqual([]);
  });
  it('police firing on rioters who set a bus on fire is no fire hazard', () => {
    expect(codes('Police fired tear gas at rioters who set fire to a bus in Nairobi.')).toEqual(['KENCOP 175']);
  });
  it('a minister resigning over an accident is politics', () => {
    expect(codes('The minister resigned after the train crash that killed 40 people.')).toEqual(['GOV 0831']);
  });
  it('troops sent to another country after a disaster are kept', () => {
    expect(codes('The United States sent troops to help Haiti after the earthquake.').length).toBe(1);
  });
  it('an explosion that kills soldiers is an attack until said otherwise', () => {
    expect(codes('An explosion killed two soldiers on a road in Helmand province on Tuesday.').map((c) => c.slice(-3, -1))).toEqual(['19']);
  });
  it('an explosion at a fireworks factory is an accident', () => {
    expect(codes('An explosion at a fireworks factory killed 12 workers in Tamil Nadu.')).toEqual([]);
  });
  it('militants in a flooded district are still militants', () => {
    expect(codes('Militants attacked a police post in the flooded district.').length).toBeGreaterThan(0);
  });
});

describe('ordinary crime', () => {
  const none: [string, string][] = [
    ['a street assault by a gang', 'A gang of youths attacked a pensioner in a park and stole his phone.'],
    ['a police probe into money laundering', 'Police confirmed that 12 people were questioned in a probe into money laundering.'],
    ['an arrest of cartel members', 'Police arrested five members of a drug cartel in Sinaloa.'],
    ['the officials who report a raid are not its target', 'Police in Rio de Janeiro killed 12 suspected drug traffickers in a raid on a favela on Thursday, officials said.'],
    ['migrants rescued from smugglers are private persons', 'Authorities in Thailand rescued 30 Myanmar migrants from a smuggling boat off the coast of Ranong.'],
    ['a fraudster jailed', 'A former bank manager was jailed for seven years for defrauding customers of 3 million dollars.'],
    ['fraudsters charged by a court', 'A court charged three fraudsters who ran a Ponzi scheme in Lagos.'],
  ];
  it.each(none)('%s', (_why, text) => expect(codes(text)).toEqual([]));
  it('an army fighting traffickers is armed conflict', () => {
    expect(codes('Soldiers clashed with drug traffickers in Sinaloa, killing 10.').map((c) => c.slice(-3, -1))).toContain('19');
  });
  it('"gang" in "gang-raped" does not make sexual violence ordinary crime', () => {
    expect(events('Two men gang-raped a teenager in a village in Uttar Pradesh, police said.').map((e) => e.cameo)).toContain('1821');
  });
  it('a complaint between two governments about gangs is diplomacy', () => {
    expect(codes("Nigeria summoned Niger's ambassador to complain about the smuggling gangs.")).toEqual(['NGAGOV 114']);
  });
  it('an arrest of an official is aimed at a party of state', () => {
    expect(codes('Police arrested the mayor of Culiacan on charges of helping a drug cartel.')).toEqual(['MEXCOP 173']);
  });
  it('the opposition accusing a minister over a cartel is politics', () => {
    expect(codes('The opposition accused the finance minister of taking bribes from a drug cartel.')).toEqual(['OPP 112']);
  });
});
