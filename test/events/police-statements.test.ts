import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) =>
  coder.code({ id: 't', text, published: '2002-03-02' }).events.map((e) => `${e.source?.code ?? '?'} ${e.cameo} ${e.rule}`);

describe('a police statement is the police reporting (010)', () => {
  it.each([
    ['fourteen bodies were recovered from a well near the village on wednesday, police said in ahmedabad.', /COP 010 statement\.police/],
    ['according to police, the situation in vadodara was calm on friday.', /COP 010 statement\.police/],
    ['deputy superintendent of police k l mehta said the town was calm. he said the markets had reopened in godhra.', /COP 010 statement\.police/],
    // what the words announce has not happened: the police's statement is what happened
    ['the mob may attack the temple again, police officials said in ahmedabad.', /COP 010 statement\.police/],
  ])('%s', (text, want) => {
    expect(coded(text).some((e) => want.test(e))).toBe(true);
  });

  it.each([
    // the statement carries an event: that is the event coded, not the saying
    ['Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.'],
    ['fifty people were arrested in vadodara, police said.'],
    // a stance, not a report
    ['the police were unwilling to register cases against the rioters in ahmedabad.'],
    // ordinary crime: police work, not politics
    ['Police said the robber took 300 dollars from the bank vault in Chicago on Tuesday.'],
  ])('%s', (text) => {
    expect(coded(text).filter((e) => e.endsWith('statement.police'))).toEqual([]);
  });

  it('a statement by a politician is not coded as a police statement', () => {
    expect(coded('The home minister said the situation in Gujarat was under control.').filter((e) => e.endsWith('statement.police'))).toEqual([]);
  });
});
