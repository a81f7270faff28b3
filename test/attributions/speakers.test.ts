import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/core/types.ts';
import { testCoder } from '../helpers/coder.ts';

const attributionsOf = (text: string): readonly Attribution[] => testCoder().analyse({ text, published: '2016-03-02' }).layers.attributions ?? [];

// Each row: a sentence written for the rule, a piece of the reported words, the speaker span and cue expected.
const rows: { rule: string; text: string; content: string; speaker: string; cue?: string }[] = [
  {
    rule: 'a capitalised name opening the sentence, read as a verb by the tagger',
    text: 'Lynch said there remains a "real gap between the two offices," when it comes to hiring.',
    content: 'there remains',
    speaker: 'Lynch',
  },
  {
    rule: 'a bracket with a full stop between the quote and the cue',
    text: '"She would make a fine governor," Rep. Paul T. Harris (D-Md.) said in a phone interview.',
    content: 'She would make a fine governor',
    speaker: 'Rep. Paul T. Harris',
    cue: 'said',
  },
  {
    rule: 'a name and two appositions after the quote',
    text: '"This is a plain overreach of federal power," Anne Cole, the attorney general of Utah, one of the states in the suit, said on Monday.',
    content: 'plain overreach',
    speaker: 'Anne Cole',
    cue: 'said',
  },
  {
    rule: 'a speaker with a place after it',
    text: '“Who pays for the wall? Not you,” a narrator in the new radio spot asks.',
    content: 'Who pays for the wall',
    speaker: 'a narrator',
    cue: 'asks',
  },
  {
    rule: 'a participle after a comma speaks for the subject of the clause',
    text: 'During a speech earlier in the day, the senator attacked the bill for its cost, saying, "It will bankrupt the state."',
    content: 'It will bankrupt the state',
    speaker: 'the senator',
    cue: 'saying',
  },
  {
    rule: 'the second tick of a typewriter closing pair is part of the mark',
    text: "''We will not raise taxes,'' Mr. Dolan said.",
    content: 'We will not raise taxes',
    speaker: 'Mr. Dolan',
    cue: 'said',
  },
  {
    rule: 'a phrase quoted inside a clause is the words of the clause subject',
    text: 'Adele dedicated the show to “a small token of love” in hard times.',
    content: 'a small token of love',
    speaker: 'Adele',
  },
  {
    rule: 'a participle after ", X said," speaks for X',
    text: 'The program closed in May, the director said, adding, “We ran out of money.”',
    content: 'We ran out of money',
    speaker: 'the director',
  },
  {
    rule: 'a quotation inside a report of its sentence takes that report\'s speaker',
    text: 'The mayor is pledging to “fix every pothole in town” by the end of the year.',
    content: 'fix every pothole',
    speaker: 'The mayor',
  },
  {
    rule: 'an adjective of manner and "to" before the cue: "was quick to add"',
    text: 'The senator was quick to add that the vote would happen in June.',
    content: 'the vote would happen in June',
    speaker: 'The senator',
  },
  {
    rule: 'a restrictive relative clause between the subject and its cue',
    text: 'A neighbor who lived next door and who moved away recently said the family left in May.',
    content: 'the family left in May',
    speaker: 'A neighbor',
  },
  {
    rule: 'the noun phrase opening the sentence speaks for a participle after a comma',
    text: 'A campaign aide later corrected the record, saying the governor “never met the donor.”',
    content: 'the governor',
    speaker: 'A campaign aide',
  },
  {
    rule: 'a noun before the verb after a quote is part of the speaker: "the congressional report said"',
    text: '“The agency had been hacked by a foreign government,” the congressional report said, referring to the 2013 memo.',
    content: 'The agency had been hacked',
    speaker: 'the congressional report',
  },
  {
    rule: '"as X put it" names the speaker of the quotation after it',
    text: 'The plan was, as one city engineer put it at the meeting, “a bridge to nowhere.”',
    content: 'a bridge to nowhere',
    speaker: 'one city engineer',
  },
  {
    rule: 'a verb of saying after "to" speaks for the subject of the verb before it',
    text: 'The chairman replied later Saturday to suggest the dispute was a misunderstanding.',
    content: 'the dispute was a misunderstanding',
    speaker: 'The chairman',
  },
  {
    rule: 'an inner single quotation mark before the closing one',
    text: "\"It's easy for her to say 'I was right,'\" Green said.",
    content: "It's easy for her",
    speaker: 'Green',
  },
  {
    rule: 'a participle right after a quote takes a listener, not a speaker',
    text: 'The mayor has hailed the vote as “fantastic,” telling reporters on Friday that the city had won.',
    content: 'fantastic',
    speaker: 'The mayor',
  },
  {
    rule: 'a colon quote after a bracket that the sentence splitter cut',
    text: 'Sen. Mary Collins (D-Mo.) scolded him: “The science is against you on this.”',
    content: 'The science is against you',
    speaker: 'Sen. Mary Collins',
  },
  {
    rule: '"said X" right after an exclamation, whatever follows the name',
    text: '"This is our little town!" said Jane Moss, 39, a waitress at a diner that serves breakfast all day.',
    content: 'This is our little town',
    speaker: 'Jane Moss',
  },
  {
    rule: 'a quoted nickname and a title inside the speaker after the quote',
    text: '"We have to win this seat!" his niece, state Del. Anna "Annie" Cole (D-Richmond), shouted to the crowd.',
    content: 'We have to win this seat',
    speaker: 'his niece',
  },
];

describe('speakers of quotations and reported speech', () => {
  it.each(rows)('$rule', ({ text, content, speaker, cue }) => {
    const all = attributionsOf(text);
    const a = all.find((x) => x.content.text.includes(content));
    expect(a, JSON.stringify(all.map((x) => x.content.text))).toBeDefined();
    expect(a!.speaker?.text).toBe(speaker);
    if (cue) expect(a!.cue?.text).toBe(cue);
  });

  it('does not take a place or time after "said" for what was said', () => {
    const all = attributionsOf('"It is over," the mayor said in a radio interview.');
    expect(all.some((x) => x.content.text.includes('radio interview'))).toBe(false);
  });

  it('reads the clause after a place as what was said: "said in a statement Monday they …"', () => {
    const a = attributionsOf('The company said in a statement Monday they removed the listing from the site.').find((x) => x.content.text.includes('removed the listing'));
    expect(a?.content.text.startsWith('they removed')).toBe(true);
  });
});

// Each row: a sentence written for the rule and the reported words expected (start of the content).
const reports: { rule: string; text: string; content: string; speaker?: string }[] = [
  {
    rule: '"according to" opening a sentence: the source runs to the first comma',
    text: 'According to early results of the exit poll conducted for the networks, the governor led among women.',
    content: 'the governor led among women',
  },
  {
    rule: '"according to" after the statement: what comes before is reported, the apposition is the source\'s',
    text: 'The new training cut the number of dropouts by half, according to Mary Stone, head of the program, and other teachers.',
    content: 'The new training cut the number of dropouts by half',
  },
  {
    rule: '", said X, who …": a relative clause after the speaker reports nothing',
    text: 'Nor are new tariffs likely to bring the factories back, said John Reed, an economist at the university, who has studied trade for years.',
    content: 'Nor are new tariffs likely',
    speaker: 'John Reed',
  },
  {
    rule: '", X said, adding, …": the participle is a new report',
    text: 'The candidate left before the vote, the aide said, adding, "He had another event."',
    content: 'The candidate left before the vote',
    speaker: 'the aide',
  },
  {
    rule: 'a progressive form is the finite verb of its subject',
    text: 'The senator is once again questioning the cost of the new fighter jet.',
    content: 'the cost of the new fighter jet',
    speaker: 'The senator',
  },
  {
    rule: 'a verb of saying read as a noun after a plural subject',
    text: 'Polls show a tight race in the state this fall.',
    content: 'a tight race in the state',
    speaker: 'Polls',
  },
  {
    rule: '"questioned" takes a plain object',
    text: 'Union leaders have also questioned the safety of the new plant.',
    content: 'the safety of the new plant',
    speaker: 'Union leaders',
  },
  {
    rule: 'a second verb after ", but in an interview" belongs to the subject of the first',
    text: 'The clerk first said he did not remember the call, but in a later interview said he had deleted the files.',
    content: 'he had deleted the files',
    speaker: 'The clerk',
  },
  {
    rule: 'a noun of saying with a that-clause: "reiterated his claim that …"',
    text: 'The mayor repeated his claim that the budget was balanced last year.',
    content: 'the budget was balanced last year',
  },
  {
    rule: 'a noun of deciding with a to-infinitive ends before its own predicate',
    text: 'Her decision to close the plant angered the workers.',
    content: 'to close the plant',
    speaker: 'Her',
  },
  {
    rule: 'a noun of worry held by nobody named',
    text: 'There are growing fears that the treaty will collapse.',
    content: 'the treaty will collapse',
  },
  {
    rule: 'a transcript line names its speaker in capitals before a colon',
    text: 'The interview went on.\n\nSMITH: We will not raise taxes on anyone who earns less than a million dollars.',
    content: 'We will not raise taxes',
    speaker: 'SMITH',
  },
  {
    rule: 'a headline names its speaker before a colon',
    text: 'Governor: The bridge will reopen in May\n\nThe governor spoke on Monday.',
    content: 'The bridge will reopen in May',
    speaker: 'Governor',
  },
  {
    rule: 'the object of a stance verb ends at a comma',
    text: 'The teachers union endorsed the mayor for a second term, another sign of his strength with labor.',
    content: 'the mayor for a second term',
    speaker: 'The teachers union',
  },
  {
    rule: 'a stance participle right after the noun it describes',
    text: 'Donors gave $5 million to the state union backing the governor.',
    content: 'the governor',
    speaker: 'the state union',
  },
  {
    rule: 'a passive stance with its agent: the subject is what it is about',
    text: 'His proposal was endorsed by the largest teachers union on Monday.',
    content: 'His proposal',
    speaker: 'the largest teachers union',
  },
  {
    rule: 'a verb with an object after an opening phrase is no ", X said" report',
    text: 'In his speech on Tuesday, the mayor announced a plan for new parks.',
    content: 'a plan for new parks',
    speaker: 'the mayor',
  },
  {
    rule: '"likened X to …" is a stance',
    text: 'The senator likened the new rules to "a tax on every family."',
    content: 'the new rules to',
    speaker: 'The senator',
  },
  {
    rule: 'any verb with a that-clause reports what its subject found or signalled',
    text: 'The appeals court ruled that the state had broken the voting law.',
    content: 'the state had broken the voting law',
    speaker: 'The appeals court',
  },
  {
    rule: '"of" inside a capitalised name is part of the speaker',
    text: 'Consumer confidence rose to a ten-year high, the University of Michigan reported.',
    content: 'Consumer confidence rose',
    speaker: 'the University of Michigan',
  },
  {
    rule: 'a verb of saying read as a noun closing the sentence: "…, The Daily Ledger reports."',
    text: 'Bonuses were cut by half this year, The Daily Ledger reports.',
    content: 'Bonuses were cut by half',
    speaker: 'The Daily Ledger',
  },
  {
    rule: 'a passive verb of saying: the agent after "by" speaks about the subject',
    text: 'The plan was first reported by The Daily Ledger.',
    content: 'The plan',
    speaker: 'The Daily Ledger',
  },
  {
    rule: 'a participle of saying after a noun, with its agent: "a view echoed by …"',
    text: 'The mayor backed the tax, a view echoed by most council members.',
    content: 'a view',
    speaker: 'most council members',
  },
  {
    rule: 'a verb of saying read as a noun after its subject and an adverb set off by commas',
    text: 'Some Democrats, however, question the wisdom of the new plan.',
    content: 'the wisdom of the new plan',
    speaker: 'Some Democrats',
  },
  {
    rule: 'a stance participle after the object of another verb is that verb\'s subject\'s stance',
    text: 'The union issued a policy paper welcoming the new plans for the region.',
    content: 'the new plans for the region',
    speaker: 'The union',
  },
  {
    rule: 'an -ing form of a cue read as an adjective after "be"',
    text: 'The senator is promising lower taxes for families.',
    content: 'lower taxes',
    speaker: 'The senator',
  },
  {
    rule: 'a split infinitive after a verb of promising',
    text: 'The governor vowed to harshly punish the officials who broke the rules.',
    content: 'to harshly punish',
    speaker: 'The governor',
  },
  {
    rule: 'a noun-phrase object ends where a clause with its own subject starts',
    text: 'Citing an unfounded theory, Trump accused the senator of lying.',
    content: 'an unfounded theory',
    speaker: '',
  },
];

describe('reported speech', () => {
  it.each(reports)('$rule', ({ text, content, speaker }) => {
    const all = attributionsOf(text);
    const a = all.find((x) => x.content.text.startsWith(content));
    expect(a, JSON.stringify(all.map((x) => x.content.text))).toBeDefined();
    if (speaker) expect(a!.speaker?.text).toBe(speaker);
  });
});

describe('cues of quotations', () => {
  it.each([
    ['"remembered" after the quote', '“Analysts said no,” remembered Roy Verley, the company spokesman.', 'Roy Verley'],
    ['a verb of reply with "back", read as a noun by the tagger', '“They are all here for free stuff,” Bennett shot back with a laugh.', 'Bennett'],
    ['a restrictive relative stands for the noun before it', 'The page was replaced on Thursday by a message that said, “Sorry, but the item you requested is gone.”', 'a message that'],
    ['a relative after a dash stands for the noun before the dash', 'He held up the sign — which read “Hispanics 4 Trump” — and waved it around.', 'the sign — which'],
    ['a verb of reply with "back" before the quote', 'The mayor blamed the council. Sanders shot back, “The council did its job.”', 'Sanders'],
    ['"by quoting" speaks for the subject of the verb before it', 'In Aspen, the graduate ended her speech by quoting Leonardo da Vinci: “Every obstacle yields to stern resolve.”', 'the graduate'],
  ])('%s', (_rule, text, speaker) => {
    const a = attributionsOf(text).find((x) => x.direct);
    expect(a?.speaker?.text).toBe(speaker);
  });
  it('ends the object of a participle before the main clause: "In a statement announcing the pick, the union called …"', () => {
    const a = attributionsOf('In a statement announcing the pick, the union called the senator a champion.').find((x) => x.cue?.text === 'announcing');
    expect(a?.content.text).toBe('the pick');
  });
});

describe('a quotation that ends a statement begun before it', () => {
  it('reports the whole statement up to the quotation', () => {
    const a = attributionsOf('However laudable the goal, using the capital gains tax “is a misguided approach,” said Mr. Burman.').find((x) => x.direct);
    expect(a?.speaker?.text).toBe('Mr. Burman');
    expect(a?.content.text.startsWith('However laudable the goal')).toBe(true);
  });
  it('leaves a quotation after a verb or a subordinator as it is', () => {
    const a = attributionsOf('She felt the law was worth a film because “most people know nothing about it,” she said.').find((x) => x.direct);
    expect(a?.content.text.startsWith('most people')).toBe(true);
  });
});

describe('a quotation with no cue of its own', () => {
  it('is the named subject of the sentence right before it when that comes after the last speaker', () => {
    const text = 'She called the plan “a mistake.” Senator Jane Smith restricted her comments to the budget.\n\n“If any bank fails, it should be broken up.”';
    const a = attributionsOf(text).find((x) => x.content.text.startsWith('If any bank'));
    expect(a?.speaker?.text).toBe('Senator Jane Smith');
  });
});

describe('"according to X" set off inside the clause', () => {
  it('reports the whole clause around the insert', () => {
    const a = attributionsOf('Among the precedents at risk, according to Ms. Epstein, are 16 cases involving unions.').find((x) => x.cue?.text === 'according to');
    expect(a?.speaker?.text).toBe('Ms. Epstein');
    expect(a?.content.text).toBe('Among the precedents at risk, according to Ms. Epstein, are 16 cases involving unions');
  });
});

describe('one statement split around its cue', () => {
  it('joins “A,” he said, “B” into one attribution', () => {
    const all = attributionsOf('“My hope,” he said, “is that the council will finally listen to the parents.”').filter((x) => x.direct);
    expect(all).toHaveLength(1);
    expect(all[0].content.text.startsWith('My hope')).toBe(true);
    expect(all[0].content.text.endsWith('listen to the parents.')).toBe(true);
  });
});

describe('what is not reported speech', () => {
  it.each([
    ['a relative clause after a noun of saying', 'The claim that he made was false.', 'he made'],
    ['a relative "that" after a verb', 'The company built the bridge that the town had wanted for years.', 'the town had wanted'],
    ['"invited" names no stance', 'The mayor invited the band to play at the fair.', 'the band'],
    ['a quotation after a colon is no part of the clause before it', 'The statement described the impact it said she would have on workers: “She opened the door for women.”', 'she would have on workers: “She'],
    ['two quoted words inside a clause are a label', 'Adele called the whole tour “totally rigged” on the radio.', 'totally rigged'],
    ['page furniture before a colon', 'The rally ended.\n\nCorrection: An earlier version of this story misstated the date.', 'An earlier version'],
  ])('%s', (_rule, text, content) => {
    expect(attributionsOf(text).some((x) => x.content.text.startsWith(content))).toBe(false);
  });
});
