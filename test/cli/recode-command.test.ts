// `dyad recode` and `dyad actors unknown`: ingest with an overlay dictionary that lacks an actor,
// see it listed as unknown, add it, re-code, and check which events changed and which kept their ids.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/adapters/store/store.ts';
import { fixtureDir, jsonLines, removeFixtures, runCli } from './run-cli.ts';

afterAll(removeFixtures);

const UNRELATED = { id: 'group:quux-watch', type: 'group', code: 'NGO', names: ['Quux Watch'] };
const ZORBLAX = { id: 'group:zorblax-front', type: 'group', code: 'UKRREB', names: ['Zorblax Front'] };

const dir = fixtureDir({
  'lacking/actors/local.jsonl': `${JSON.stringify(UNRELATED)}\n`,
  'complete/actors/local.jsonl': `${JSON.stringify(UNRELATED)}\n${JSON.stringify(ZORBLAX)}\n`,
  'articles.jsonl': [
    { id: 'front', text: 'The Zorblax Front attacked Ukrainian troops on Tuesday. Police arrested ten protesters in Kyiv.', published: '2021-03-04' },
    { id: 'praise', text: 'France praised Germany for its help.', published: '2021-02-01' },
    { id: 'gunmen', text: 'Unidentified gunmen killed three Afghan police officers.', published: '2021-03-04' },
    { id: 'more-gunmen', text: 'Unidentified Gunmen attacked a Pakistani checkpoint.', published: '2021-03-05' },
  ]
    .map((a) => JSON.stringify(a))
    .join('\n'),
});
const db = join(dir, 'store.db');
const lacking = { DYAD_DICTIONARIES: join(dir, 'lacking') };
const complete = { DYAD_DICTIONARIES: join(dir, 'complete') };

async function events(): Promise<Map<string, StoredEvent[]>> {
  const r = await runCli(['export', '--format', 'jsonl', '--db', db]);
  const byArticle = new Map<string, StoredEvent[]>();
  for (const e of jsonLines<StoredEvent>(r.stdout)) byArticle.set(e.article_id, [...(byArticle.get(e.article_id) ?? []), e]);
  return byArticle;
}

const recodeReport = (articles: number, total: number, added: number, removed: number, changed: number, unchanged: number) =>
  new RegExp(`re-coded ${articles} of ${total} article\\(s\\)[^\\n]*\\nevents: ${added} added, ${removed} removed, ${changed} changed, ${unchanged} unchanged`);

describe('dyad recode after a dictionary change', () => {
  let before = new Map<string, StoredEvent[]>();

  it('ingests with the overlay that lacks the Zorblax Front: its attack has no source', async () => {
    const r = await runCli(['ingest', join(dir, 'articles.jsonl'), '--db', db], lacking);
    expect(r.code, r.stderr).toBe(0);
    before = await events();
    expect(before.get('front')?.map((e) => [e.cameo, e.source?.code ?? null])).toEqual([['190', null], ['173', 'UKRCOP']]);
  });

  it('actors unknown lists the uncoded texts, grouped without regard to case, with an example', async () => {
    const r = await runCli(['actors', 'unknown', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ +2 {2}gunmen\n {8}e\.g\. gunmen: Unidentified gunmen killed three Afghan police officers\.$/m);
    // issue 4: the unrecognised name is kept on its event as text with code null, and listed for curation
    expect(r.stdout).toMatch(/^ +1 {2}Zorblax Front\n {8}e\.g\. front: The Zorblax Front attacked Ukrainian troops on Tuesday\.$/m);
  });

  it('recode with the same dictionaries re-codes nothing', async () => {
    const r = await runCli(['recode', '--db', db], lacking);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(recodeReport(0, 4, 0, 0, 0, 0));
  });

  it('recode with the actor present re-codes every article: one event replaced, the rest keep their ids', async () => {
    const r = await runCli(['recode', '--db', db], complete);
    expect(r.code, r.stderr).toBe(0);
    const after = await events();
    const [attackBefore, arrestBefore] = before.get('front')!;
    const [attackAfter, arrestAfter] = after.get('front')!;
    expect(attackAfter).toMatchObject({ cameo: '190', source: { text: 'Zorblax Front', code: 'UKRREB', entity: 'group:zorblax-front' } });
    expect(attackAfter.id).not.toBe(attackBefore.id);
    expect(arrestAfter.id).toBe(arrestBefore.id);
    for (const id of ['praise', 'gunmen', 'more-gunmen']) expect(after.get(id)!.map((e) => e.id)).toEqual(before.get(id)!.map((e) => e.id));
    // every event now carries the new fingerprint, and the report counts what happened
    expect(new Set([...after.values()].flat().map((e) => e.pipeline)).size).toBe(1);
    expect(arrestAfter.pipeline).not.toBe(arrestBefore.pipeline);
    const total = [...after.values()].flat().length;
    expect(r.stdout).toMatch(recodeReport(4, 4, 1, 1, 0, total - 1));
  });

  it('a second recode finds nothing stale; --all re-codes everything and changes nothing', async () => {
    expect((await runCli(['recode', '--db', db], complete)).stdout).toMatch(recodeReport(0, 4, 0, 0, 0, 0));
    const total = [...(await events()).values()].flat().length;
    const all = await runCli(['recode', '--db', db, '--all'], complete);
    expect(all.stdout).toMatch(recodeReport(4, 4, 0, 0, 0, total));
  });

  it('keeps the article metadata', async () => {
    const r = await runCli(['export', '--format', 'jsonl', '--db', db, '--cameo', '173']);
    expect(jsonLines<StoredEvent>(r.stdout)[0]).toMatchObject({ article_id: 'front', date: '2021-03-04', date_type: 'publication' });
  });
});

describe('usage of recode and actors unknown', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['recode refuses file arguments', ['recode', 'articles.jsonl', '--db', db], 2, /recode takes no file arguments/],
    ['--limit must be a positive number', ['actors', 'unknown', '--db', db, '--limit', '0'], 2, /--limit must be a positive whole number/],
    ['--limit must be a number', ['actors', 'unknown', '--db', db, '--limit', 'ten'], 2, /--limit must be a positive whole number/],
    ['--limit 1 prints one text', ['actors', 'unknown', '--db', db, '--limit', '1'], 0, /most frequent first:\n +2 {2}gunmen\n[^\n]+\n$/],
    ['an empty store has no unknown actors', ['actors', 'unknown', '--db', join(dir, 'empty.db')], 0, /no event in .* has an uncoded source or target/],
  ];
  it.each(cases)('%s', async (_name, argv, exit, output) => {
    const r = await runCli(argv);
    expect(r.code).toBe(exit);
    expect(r.stdout + r.stderr).toMatch(output);
  });
});
