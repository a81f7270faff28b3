import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const codes = (text: string) => coder.code({ id: 't', text, published: '2021-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo}`);

// Sentences written for these rules, none taken from an evaluation set.
describe('sports, games and boilerplate are no events', () => {
  const none: [string, string][] = [
    ['a football result with a score', 'Manchester United beat Chelsea 2-1 at Old Trafford on Sunday to move third in the league.'],
    ['a cricket result', 'India crushed Pakistan by eight wickets in the World Cup match in Manchester.'],
    ['a chess game', "The chess champion attacked his opponent's king in the endgame and won the match."],
    ['a basketball game', 'The Lakers attacked the basket relentlessly in the fourth quarter and beat the Celtics 112-98.'],
    ['a byline', 'Reporting by John Smith; Editing by Jane Doe'],
    ['headlines of other stories', 'Related stories: Police fire on mob in Baroda; minister visits riot-hit areas; opposition demands dismissal of governor'],
    ['a coverage box', 'Full coverage: Troops deployed in Ahmedabad as curfew is extended'],
  ];
  it.each(none)('%s', (_why, text) => expect(codes(text)).toEqual([]));
});

describe('politics and violence around sport stay', () => {
  it('a victory in war is no match report', () => {
    expect(codes('Government forces won a decisive victory over the rebels in the final battle for the city.').map((c) => c.slice(-3, -1))).toEqual(['19']);
  });
  it('police firing on football rioters', () => {
    expect(codes('Police fired tear gas at football fans who rioted after the match in Cairo.')).toContain('EGYCOP 175');
  });
  it('a suicide bombing at a football match', () => {
    expect(codes('A suicide bomber attacked a stadium during a football match in Mogadishu, killing 10.').length).toBeGreaterThan(0);
  });
});

describe('figures of speech', () => {
  it('a verb of criticism followed by a preposition of movement is a collision', () => {
    expect(codes('The governor blasted through the ribbon to open the new bridge.')).toEqual([]);
  });
  it('a fight against corruption is no fighting', () => {
    expect(codes('The fight against corruption has stalled in Kenya, the United States said.').filter((c) => c.endsWith(' 190'))).toEqual([]);
  });
  it('a battle against rebels is fighting', () => {
    expect(codes('Government troops fought a fierce battle against the rebels near Goma.')).toEqual(['CODMIL 190']);
  });
  it('criticism is still criticism', () => {
    expect(codes('The senator attacked the proposal as a waste of money.')).toEqual(['LEG 111']);
  });
  it('an attack on a town is literal even when the town is not coded', () => {
    expect(codes('Rebels launched an attack on Kidal on Sunday.').length).toBeGreaterThan(0);
  });
});
