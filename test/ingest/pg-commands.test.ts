// `dyad recode` and `dyad actors unknown` on PostgreSQL (DYAD_DATABASE_URL): the same story as
// test/cli/recode-command.test.ts on SQLite. Needs DYAD_TEST_DATABASE_URL; skips with a message without it.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore } from '../../src/adapters/store/pg-store.ts';
import { fixtureDir, removeFixtures, runCli } from '../cli/run-cli.ts';
import { noteSkipped, PG_URL } from '../store/pg-database.ts';

const SCHEMA = 'cli_on_pg';
const ZORBLAX = { id: 'group:zorblax-front', type: 'group', code: 'UKRREB', names: ['Zorblax Front'] };
const UNRELATED = { id: 'group:quux-watch', type: 'group', code: 'NGO', names: ['Quux Watch'] };

describe.skipIf(!PG_URL)('dyad recode and actors unknown on PostgreSQL', () => {
  let url = '';
  let dir = '';
  beforeAll(async () => {
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${SCHEMA}`);
    url = u.href;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin.query(`CREATE SCHEMA ${SCHEMA}`);
    await admin.end();
    dir = fixtureDir({
      'lacking/actors/local.jsonl': `${JSON.stringify(UNRELATED)}\n`,
      'complete/actors/local.jsonl': `${JSON.stringify(UNRELATED)}\n${JSON.stringify(ZORBLAX)}\n`,
      'articles.jsonl': [
        { id: 'front', text: 'The Zorblax Front attacked Ukrainian troops on Tuesday. Police arrested ten protesters in Kyiv.', published: '2021-03-04' },
        { id: 'gunmen', text: 'Unidentified gunmen killed three Afghan police officers.', published: '2021-03-04' },
        { id: 'more-gunmen', text: 'Unidentified Gunmen attacked a Pakistani checkpoint.', published: '2021-03-05' },
      ]
        .map((a) => JSON.stringify(a))
        .join('\n'),
    });
  });
  afterAll(removeFixtures);
  const env = (dicts: string) => ({ DYAD_DATABASE_URL: url, DYAD_REDIS_URL: undefined, DYAD_DICTIONARIES: join(dir, dicts) });

  it('ingests, lists the uncoded actor texts, and re-codes only what a dictionary change touched', async () => {
    const ingest = await runCli(['ingest', join(dir, 'articles.jsonl'), '--quiet'], env('lacking'));
    expect(ingest.code, ingest.stderr).toBe(0);

    const unknown = await runCli(['actors', 'unknown'], env('lacking'));
    expect(unknown.code, unknown.stderr).toBe(0);
    expect(unknown.stdout).toContain('postgres://');
    expect(unknown.stdout).toMatch(/^ +2 {2}gunmen\n/im);

    const same = await runCli(['recode'], env('lacking'));
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/re-coded 0 of 3 article\(s\) in postgres:\/\/[^\n]*\nevents: 0 added, 0 removed, 0 changed, 0 unchanged/);

    const store = await openPgStore(url);
    try {
      const before = (await store.getArticle('front'))?.events ?? [];
      expect(before.map((e) => e.source?.code ?? null)).toEqual([null, 'UKRCOP']);
      const changed = await runCli(['recode'], env('complete'));
      expect(changed.code, changed.stderr).toBe(0);
      expect(changed.stdout).toMatch(/re-coded 3 of 3 article\(s\)[^\n]*\nevents: 1 added, 1 removed, 0 changed, \d+ unchanged/);
      const after = (await store.getArticle('front'))?.events ?? [];
      expect(after.map((e) => e.source?.code ?? null)).toEqual(['UKRREB', 'UKRCOP']);
      // the unchanged event kept its id; the store holds each article once
      expect(after[1].id).toBe(before[1].id);
      expect((await store.stats()).articles).toBe(3);
      expect(await runCli(['recode'], env('complete'))).toMatchObject({ code: 0, stdout: expect.stringMatching(/re-coded 0 of 3/) });
    } finally {
      await store.close();
    }
  });
});

if (!PG_URL) noteSkipped('recode and actors unknown on PostgreSQL', 'DYAD_TEST_DATABASE_URL');
