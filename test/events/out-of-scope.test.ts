import { describe, expect, it } from 'vitest';
import { outOfScope, type StoryKind } from '../../src/stages/events/story-kind.ts';

const hazard: StoryKind = { hazard: true, crime: false, political: false };
const crime: StoryKind = { hazard: false, crime: true, political: false };
const political: StoryKind = { hazard: true, crime: true, political: true };
const plain: StoryKind = { hazard: false, crime: false, political: false };

// [why, cameo, story, source, target, kept]
const cases: [string, string, StoryKind, string | null, string | null, boolean][] = [
  ['a police statement about a crash', '010', hazard, 'USACOP', null, false],
  ['a tsunami "killing" people', '180', hazard, null, 'IDNCVL', false],
  ['a government promise to victims', '030', hazard, 'MEXGOV', 'MEXCVL', false],
  ['residents criticising the government after floods', '111', hazard, 'PAKCVL', 'PAKGOV', true],
  ['aid sent abroad', '070', hazard, 'JPN', 'TUR', true],
  ['rescue at home', '073', hazard, 'PAKMIL', 'PAKCVL', false],
  ['an explosion killing soldiers', '190', hazard, null, 'AFGMIL', true],
  ['troops sent abroad after a quake', '154', hazard, 'USA', 'HTI', true],
  ['a minister resigning over a crash', '0831', hazard, 'INDGOV', null, true],
  ['a government denying involvement', '016', hazard, 'RUSGOV', null, true],
  ['a company denying responsibility', '016', hazard, 'USABUS', null, false],
  ['police arresting gang members', '173', crime, 'BRACOP', 'BRACRM', false],
  ['authorities seizing drugs', '1711', crime, 'MEXGOV', null, false],
  ['police arresting a mayor', '173', crime, 'MEXCOP', 'MEXGOV', true],
  ['soldiers fighting traffickers', '190', crime, 'MEXMIL', 'MEXCRM', true],
  ['a capture "in Namibia" (a place, not a party)', '192', crime, null, 'NAM', false],
  ['a complaint between two governments', '114', crime, 'NGAGOV', 'NERGOV', true],
  ['a minister sounding the alarm over a drought', '012', hazard, 'KENGOV', null, true],
  ['a parliament observing a minute of silence for flood victims', '017', hazard, 'GHALEG', 'GHACVL', true],
  ['a country auditing fraud allegations', '091', crime, 'KEN', null, true],
  ['a government appealing for food aid in a drought', '0233', hazard, 'SOMGOV', null, true],
  ['police (no country) investigating a blast', '090', hazard, 'COP', null, false],
  ['a leader visiting flooded areas', '042', hazard, 'INDGOV', 'INDCVL', false],
  ['pirates of one country hijacking a ship of another', '181', crime, 'SOMCRM', 'IND', true],
  ['robbers holding up a bank at home', '181', crime, 'USACRM', 'USA', false],
  ['anything in a political story', '190', political, null, null, true],
  ['anything in a plain story', '173', plain, 'USACOP', 'USACVL', true],
];

describe('outOfScope', () => {
  it.each(cases)('%s', (_why, cameo, story, source, target, kept) => {
    expect(outOfScope(cameo, story, source, target) === null).toBe(kept);
  });
});
