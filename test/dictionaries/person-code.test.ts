import { describe, expect, it } from 'vitest';
import { personCodeOn } from '../../src/dictionaries/actor-index.ts';
import type { PersonEntry } from '../../src/dictionaries/schema.ts';
import { newTrie, trieInsert, trieLongest } from '../../src/dictionaries/token-trie.ts';

const biden: PersonEntry = {
  id: 'joe-biden',
  type: 'person',
  names: ['Joe Biden'],
  roles: [
    { code: 'USAGOV', title: 'Vice President', from: '2009-01-20', to: '2017-01-20' },
    { code: 'USAGOV', title: 'President', from: '2021-01-20', to: '2025-01-20' },
  ],
  default_code: 'USAELI',
};
const noDefault: PersonEntry = { ...biden, default_code: undefined, roles: [{ code: 'BLROPP', title: 'opposition leader', from: '2020', to: null }] };

describe('personCodeOn', () => {
  it.each([
    ['2010-06-01', 'USAGOV', 'Vice President'],
    ['2019-06-01', 'USAELI', null],
    ['2022-06-01', 'USAGOV', 'President'],
    ['2026-01-01', 'USAELI', null],
  ])('on %s Biden is %s', (date, code, title) => {
    expect(personCodeOn(biden, date)).toEqual({ code, title });
  });
  it('treats a year-only start as the first of January and an open end as today', () => {
    expect(personCodeOn(noDefault, '2020-01-01').code).toBe('BLROPP');
    expect(personCodeOn(noDefault, '2030-01-01').code).toBe('BLROPP');
  });
  it('falls back to the country block before any role', () => {
    expect(personCodeOn(noDefault, '2015-01-01').code).toBe('BLR');
  });
});

describe('token trie', () => {
  const trie = newTrie<string>();
  trieInsert(trie, ['united', 'states'], 'USA');
  trieInsert(trie, ['united', 'states', 'senate'], 'USALEG');
  trieInsert(trie, ['united'], 'generic');
  it('finds the longest match', () => {
    expect(trieLongest(trie, ['the', 'united', 'states', 'senate'], 1, 4)).toEqual({ end: 4, items: ['USALEG'] });
  });
  it('falls back to a shorter match when the longer one is rejected', () => {
    expect(trieLongest(trie, ['united', 'states', 'senate'], 0, 3, (it) => it !== 'USALEG')).toEqual({ end: 2, items: ['USA'] });
  });
  it('returns null when nothing matches', () => {
    expect(trieLongest(trie, ['russia'], 0, 1)).toBeNull();
  });
});
