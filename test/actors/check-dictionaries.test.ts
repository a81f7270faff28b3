import { describe, expect, it } from 'vitest';
import { checkDictionaries, isCalendarDate } from '../../src/dictionaries/check-dictionaries.ts';
import type { EntryOrigin, RawDictionaries } from '../../src/dictionaries/load-dictionaries.ts';
import type { ActorEntry, PatternEntry, PersonEntry, StatementEntry } from '../../src/dictionaries/schema.ts';

// A tiny codebook: block → kinds, as loadActorBlocks reads it from cameo_actor_codes.tsv.
const BLOCKS = new Map<string, Set<string>>([
  ['RUS', new Set(['country'])],
  ['UKR', new Set(['country'])],
  ['EUR', new Set(['region'])],
  ['PSE', new Set(['country', 'group'])],
  ['GOV', new Set(['role'])],
  ['MIL', new Set(['role'])],
  ['ELI', new Set(['role'])],
  ['IGO', new Set(['role'])],
  ['UNO', new Set(['group'])],
  ['MOS', new Set(['religion'])],
  ['HMS', new Set(['group'])],
]);
const CAMEO = new Set(['010', '0311', '190']);
const AS_OF = '2026-11-25';

const russia: ActorEntry = { id: 'country:RUS', type: 'country', code: 'RUS', names: ['Russia'], adjectives: ['Russian'], capitals: ['Moscow'], case_sensitive: [] };
const kremlin: ActorEntry = { id: 'seat:kremlin', type: 'seat', code: 'RUSGOV', names: ['Kremlin'] };
const un: ActorEntry = { id: 'igo:un', type: 'igo', code: 'IGOUNO', names: ['United Nations', 'UN'], adjectives: [], case_sensitive: ['UN'] };
const police: ActorEntry = { id: 'agent:military', type: 'agent', code: 'MIL', nouns: ['troops', 'army'] };
const putinRoles: PersonEntry['roles'] = [
  { code: 'RUSGOV', title: 'President of Russia', from: '2000-05-07', to: '2008-05-07' },
  { code: 'RUSGOV', title: 'Prime Minister of Russia', from: '2008-05-08', to: '2012-05-07' },
  { code: 'RUSGOV', title: 'President of Russia', from: '2012-05-07', to: null },
];
const putin: PersonEntry = { id: 'vladimir-putin', type: 'person', names: ['Vladimir Putin', 'Putin'], roles: putinRoles };
const pattern: PatternEntry = { id: 'statement.say', cameo: '010', verbs: ['say'], example: 'Russia said it was ready.' };
const statement: StatementEntry = { id: 'statement.criticize', cameo: '010', words: ['outrageous'], example: '"Outrageous," Russia said.' };
const CLEAN: ActorEntry[] = [russia, kremlin, un, police, putin];

const FILE_OF: Record<ActorEntry['type'], string> = {
  country: 'countries.jsonl',
  seat: 'seats.jsonl',
  igo: 'orgs.jsonl',
  group: 'orgs.jsonl',
  agent: 'agents.jsonl',
  person: 'people.jsonl',
};
const origin = (e: ActorEntry, layer = 0, file = `/d/actors/${FILE_OF[e.type]}`): EntryOrigin => ({ id: e.id, type: e.type, file, layer });

/** A RawDictionaries as the loader would return it for these entries, one file per type. */
function raw(actors: ActorEntry[], extra: Partial<RawDictionaries> = {}): RawDictionaries {
  return {
    actors,
    patterns: [pattern],
    statements: [statement],
    context: [],
    errors: [],
    hash: 'test',
    files: [],
    origins: [...actors.map((e) => origin(e)), { id: pattern.id, type: 'pattern', file: '/d/verbs/statements.jsonl', layer: 0 }],
    ...extra,
  };
}
const person = (roles: PersonEntry['roles'], more: Partial<PersonEntry> = {}): PersonEntry => ({ ...putin, roles, ...more });

describe('checkDictionaries', () => {
  it('finds nothing wrong with a clean set', () => {
    expect(checkDictionaries(raw(CLEAN), BLOCKS, CAMEO, AS_OF)).toEqual([]);
  });

  const cases: [string, RawDictionaries, 'error' | 'warning', RegExp][] = [
    ['a schema error reported by the loader', raw(CLEAN, { errors: [{ file: 'people.jsonl', line: 3, message: 'roles: Too small' }] }), 'error', /roles: Too small/],
    [
      'the same id twice in the shipped files',
      raw(CLEAN, { origins: [...CLEAN.map((e) => origin(e)), origin(kremlin, 0, '/d/actors/extra.jsonl')] }),
      'error',
      /duplicate id/,
    ],
    [
      'the same pattern id twice',
      raw(CLEAN, { origins: [...CLEAN.map((e) => origin(e)), ...[1, 2].map(() => ({ id: 'statement.say', type: 'pattern', file: '/d/verbs/a.jsonl', layer: 0 }))] }),
      'error',
      /duplicate id/,
    ],
    [
      'the same statement id twice',
      raw(CLEAN, { origins: [1, 2].map(() => ({ id: 'statement.criticize', type: 'statement', file: '/d/statements/a.jsonl', layer: 0 })) }),
      'error',
      /duplicate id/,
    ],
    ['an entry in the wrong file', raw(CLEAN, { origins: [origin(russia, 0, '/d/actors/people.jsonl')] }), 'error', /does not belong in/],
    ['an unknown code block', raw([...CLEAN, { ...kremlin, id: 'seat:x', names: ['X House'], code: 'RUSXXX' }]), 'error', /unknown code block "XXX"/],
    ['a code that starts with a role block', raw([...CLEAN, { ...kremlin, id: 'seat:x', names: ['X House'], code: 'GOVRUS' }]), 'error', /does not start with a country/],
    ['an agent code with a country block', raw([...CLEAN, { ...police, id: 'agent:x', nouns: ['xmen'], code: 'RUSMIL' }]), 'error', /not a role, religion or group block/],
    ['a country entry with a role code', raw([...CLEAN, { ...russia, id: 'country:GOV', code: 'GOV', names: ['Govland'], adjectives: [], capitals: [] }]), 'error', /not a country or region code/],
    ['a country id that does not match its code', raw([{ ...russia, id: 'country:UKR' }]), 'error', /id must be country:RUS/],
    ['a region filed as a country', raw([{ ...russia, id: 'country:EUR', code: 'EUR', names: ['Europe'], adjectives: [], capitals: [] }]), 'error', /not of kind country/],
    ['an org whose home country is no country', raw([{ ...un, id: 'group:x', type: 'group', code: 'PSEHMS', names: ['Hamas'], case_sensitive: [], country: 'HMS' }]), 'error', /country "HMS"/],
    ['a person role with an unknown block', raw([person([{ code: 'RUSQQQ', title: 'x', from: '2000' }])]), 'error', /unknown code block "QQQ"/],
    ['a default_code that starts with a role', raw([person(putinRoles, { default_code: 'ELIRUS' })]), 'error', /default_code.*does not start/],
    ['a phrase with stray whitespace', raw([{ ...kremlin, names: ['the  Kremlin'] }]), 'error', /stray whitespace/],
    ['a phrase listed twice', raw([{ ...kremlin, names: ['Kremlin', 'Kremlin'] }]), 'error', /listed twice/],
    ['a case_sensitive name that is not its own', raw([{ ...un, case_sensitive: ['U.N.'] }]), 'error', /case_sensitive "U.N."/],
    ['a day that does not exist', raw([person([{ code: 'RUSGOV', title: 'x', from: '2023-02-29' }])]), 'error', /2023-02-29 is not a calendar date/],
    ['a month that does not exist', raw([person([{ code: 'RUSGOV', title: 'x', from: '2020', to: '2021-13' }])]), 'error', /2021-13 is not a calendar date/],
    ['an inverted date range', raw([person([{ code: 'RUSGOV', title: 'x', from: '2020-05-01', to: '2019' }])]), 'error', /ends \(2019\) before it starts/],
    ['a role that starts in the future', raw([person([{ code: 'RUSGOV', title: 'x', from: '2027-01-20' }])]), 'error', /starts \(2027-01-20\) after today/],
    ['a role that ends in the future', raw([person([{ code: 'RUSGOV', title: 'x', from: '2020', to: '2030' }])]), 'warning', /ends \(2030\) after today/],
    [
      'a role that overlaps itself',
      raw([person([{ code: 'RUSGOV', title: 'President', from: '2000', to: '2008' }, { code: 'RUSGOV', title: 'President', from: '2007', to: null }])]),
      'error',
      /role "President" overlaps itself/,
    ],
    [
      'overlapping roles with different codes',
      raw([person([{ code: 'RUSGOV', title: 'President', from: '2000', to: '2008' }, { code: 'RUSELI', title: 'Party leader', from: '2005', to: '2010' }])]),
      'warning',
      /different codes overlap/,
    ],
    ['a phrase shared by two seats', raw([...CLEAN, { ...kremlin, id: 'seat:kremlin2', code: 'UKRGOV' }]), 'error', /phrase "kremlin" belongs to 2 seat entries/],
    ['a phrase shared by two orgs, in different case', raw([...CLEAN, { ...un, id: 'group:un', type: 'group', names: ['Un'], case_sensitive: [] }]), 'error', /phrase "un" belongs to 2 org entries/],
    ['a name shared by two people', raw([...CLEAN, person([{ code: 'UKRGOV', title: 'x', from: '2001' }], { id: 'other-putin', names: ['Putin'] })]), 'warning', /name "putin" belongs to 2 people/],
    ['a phrase shared across types, "the" aside', raw([...CLEAN, { ...police, id: 'agent:kremlin', nouns: ['the kremlin'] }]), 'warning', /different types \(seat, agent\)/],
    ['a pattern with an unknown CAMEO code', raw(CLEAN, { patterns: [{ ...pattern, cameo: '999' }] }), 'error', /unknown CAMEO code 999/],
    ['a statement with an unknown CAMEO code', raw(CLEAN, { statements: [{ ...statement, cameo: '1999' }] }), 'error', /statement.criticize: unknown CAMEO code 1999/],
  ];

  it.each(cases)('reports %s', (_name, dict, severity, text) => {
    const problems = checkDictionaries(dict, BLOCKS, CAMEO, AS_OF);
    expect(problems.filter((p) => p.severity === severity).map((p) => `${p.entry}: ${p.text}`)).toContainEqual(expect.stringMatching(text));
  });

  it.each([
    ['an overlay that replaces a shipped id', raw(CLEAN, { origins: [origin(kremlin, 0), origin(kremlin, 1, '/mine/actors/seats.jsonl')] })],
    [
      'a pattern and a statement with the same id as an actor',
      raw(CLEAN, { origins: [origin(kremlin), { id: 'seat:kremlin', type: 'pattern', file: '/d/verbs/a.jsonl', layer: 0 }, { id: 'seat:kremlin', type: 'statement', file: '/d/statements/a.jsonl', layer: 0 }] }),
    ],
    ['an overlay file with its own name', raw(CLEAN, { origins: [origin(putin, 1, '/mine/actors/my-people.jsonl')] })],
    ['a hand-over on the same day', raw([person([{ code: 'RUSGOV', title: 'President', from: '2000', to: '2008-05-07' }, { code: 'RUSGOV', title: 'President', from: '2008-05-07' }])])],
    ['the same name in two cases within one entry', raw([{ ...kremlin, names: ['Kremlin', 'kremlin'] }])],
    ['a year-only end in the same year as a full start', raw([person([{ code: 'RUSGOV', title: 'x', from: '2019-05-01', to: '2019' }])])],
    ['an adjective that is also a name of the same country', raw([{ ...russia, adjectives: ['Russia', 'Russian'] }])],
  ])('accepts %s', (_name, dict) => {
    expect(checkDictionaries(dict, BLOCKS, CAMEO, AS_OF)).toEqual([]);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2020-04-31', false],
    ['2020-12', true],
    ['2020-00', false],
    ['2020', true],
    ['1700', false],
  ])('%s → %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
  });
});
