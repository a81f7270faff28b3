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
