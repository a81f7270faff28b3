import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const sources = (text: string) => coder.code({ id: 't', text, published: '2020-08-16' }).events.map((e) => `${e.source?.code} ${e.cameo.slice(0, 2)}`);

describe('a country named as the agent of a diplomatic act', () => {
  it('is its government when it speaks, criticises or demands', () => {
    expect(sources('The United States criticised Belarus on Monday.')).toEqual(['USAGOV 11']);
  });
  it('stays the country for a material act', () => {
    expect(sources('Russia attacked Ukraine on Monday.')).toEqual(['RUS 19']);
  });
  it('stays the people for a demonym', () => {
    expect(sources('Belarusians demanded new elections on Sunday.')[0]).toMatch(/^BLR 10/);
  });
});

describe('an agent the text implies but never names', () => {
  const code = (text: string) => coder.code({ id: 't', text, published: '2002-03-02' });
  it('has its code and an empty span at the trigger, never the verb as its text', () => {
    const a = code('a curfew was imposed in the old city of ahmedabad on friday.');
    const e = a.events.find((x) => x.cameo.startsWith('17'))!;
    expect(e.source?.code).toBe('INDGOV');
    expect(e.source?.text).toBe('');
    expect(e.source?.start).toBe(e.source?.end);
    expect(e.source?.start).toBe(e.trigger.start);
  });
  it('the protesters of a protest noun and the authorities it addresses have no words either', () => {
    const e = code('violent protests continued in kolkata on monday.').events.find((x) => x.cameo.startsWith('14'))!;
    expect(e.source?.code).toBe('IND');
    expect(e.source?.text).toBe('');
    expect(e.target?.text ?? '').not.toBe(e.trigger.text);
  });
  it('a named agent keeps its words', () => {
    const e = code('the police imposed a curfew in the old city of ahmedabad on friday.').events.find((x) => x.cameo.startsWith('17'))!;
    expect(e.source?.text).toBe('police');
  });
});
