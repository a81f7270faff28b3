// ingest → export through the CLI, on a temporary SQLite file; and the dictionary commands.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/exports/csv-export.ts';
import { fixtureDir, jsonLines, removeFixtures, runCli } from './run-cli.ts';

afterAll(removeFixtures);

const dir = fixtureDir({
  'in/meeting.txt': 'Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Sochi on Monday.',
  'in/batch.jsonl': [
    JSON.stringify({ id: 'praise', text: 'France praised Germany for its help.', published: '2021-02-01', url: 'https://example.org/praise' }),
    JSON.stringify({ id: 'arrest', text: 'Police arrested ten protesters in Kyiv.', published: '2021-03-04' }),
  ].join('\n'),
});
const db = join(dir, 'store.db');
const EVENT_CODE = 26; // GDELT 2.0 column 27, EventCode

describe('dyad ingest', () => {
  const idsByRun: string[][] = [];
  it.each([1, 2])('run %i: codes 3 articles into the file; re-ingesting keeps the same events', async () => {
    const r = await runCli(['ingest', join(dir, 'in'), '--db', db, '--published', '2020-08-16']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`3 article(s), 3 event(s) into ${db}`);
    const jsonl = await runCli(['export', '--format', 'jsonl', '--db', db]);
    expect(jsonl.stderr).toContain('exported 3 event(s) as jsonl');
    idsByRun.push(jsonLines<{ id: string }>(jsonl.stdout).map((e) => e.id));
    expect(idsByRun.at(-1)).toHaveLength(3);
    expect(idsByRun.at(-1)).toEqual(idsByRun[0]);
  });

  it('uses DYAD_DB when --db is not given', async () => {
    const r = await runCli(['export', '--format', 'jsonl'], { DYAD_DB: db });
    expect(jsonLines(r.stdout)).toHaveLength(3);
  });
});

describe('dyad export', () => {
  const formats: [string, string, string[], (stdout: string) => void][] = [
    [
      'jsonl: stored events with their article',
      'jsonl',
      [],
      (stdout) => {
        const events = jsonLines<{ id: string; cameo: string; article_id: string; article_url: string | null }>(stdout);
        expect(events.map((e) => [e.article_id, e.cameo])).toEqual([['meeting', '040'], ['praise', '051'], ['arrest', '173']]);
        expect(events[1].article_url).toBe('https://example.org/praise');
        expect(new Set(events.map((e) => e.id)).size).toBe(3);
      },
    ],
    [
      'csv: a header and one CRLF row per event, codes as text',
      'csv',
      [],
      (stdout) => {
        const rows = stdout.split('\r\n').filter(Boolean);
        expect(rows[0]).toBe(CSV_COLUMNS.join(','));
        expect(rows).toHaveLength(4);
        const cameo = CSV_COLUMNS.indexOf('cameo');
        expect(rows.slice(1).map((r) => r.split(',')[cameo])).toEqual(['040', '051', '173']);
      },
    ],
    [
      'gdelt: 61 tab-separated fields per row, CAMEO codes with their leading zeros',
      'gdelt',
      [],
      (stdout) => {
        const rows = stdout.split('\n').filter(Boolean).map((r) => r.split('\t'));
        expect(rows).toHaveLength(3);
        for (const r of rows) expect(r).toHaveLength(61);
        expect(rows.map((r) => r[EVENT_CODE])).toEqual(['040', '051', '173']);
        expect(rows.map((r) => r[EVENT_CODE + 1])).toEqual(['040', '051', '173']);
        expect(rows.map((r) => r[EVENT_CODE + 2])).toEqual(['04', '05', '17']);
        expect(rows[0][5]).toBe('RUSGOV');
      },
    ],
    [
      'gdelt filtered by --cameo 04',
      'gdelt',
      ['--cameo', '04'],
      (stdout) => expect(stdout.split('\n').filter(Boolean).map((r) => r.split('\t')[EVENT_CODE])).toEqual(['040']),
    ],
    [
      'jsonl filtered by --actor and --from',
      'jsonl',
      ['--actor', 'UKR', '--from', '2021-01-01'],
      (stdout) => expect(jsonLines<{ article_id: string }>(stdout).map((e) => e.article_id)).toEqual(['arrest']),
    ],
  ];
  it.each(formats)('%s', async (_name, format, extra, check) => {
    const r = await runCli(['export', '--format', format, '--db', db, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    check(r.stdout);
  });
});

describe('dyad actors', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['check validates the shipped dictionaries', ['actors', 'check'], 0, /actor entries, \d+ patterns in \d+ files: 0 error\(s\)/],
    ['find Putin in 2005: president', ['actors', 'find', 'Putin', '--date', '2005-01-01'], 0, /vladimir-putin \(person\): on 2005-01-01 → RUSGOV as President/],
    ['find Putin in 2009: prime minister, still RUSGOV', ['actors', 'find', 'Putin', '--date', '2009-06-01'], 0, /on 2009-06-01 → RUSGOV as Prime Minister/],
    ['find a country by name', ['actors', 'find', 'Belarus'], 0, /country:BLR \(country\) → BLR/],
    ['find a name no entry has', ['actors', 'find', 'Zorblax'], 1, /no entry is named "Zorblax"/],
    ['an unknown subcommand', ['actors', 'frobnicate'], 2, /usage: dyad actors check/],
  ];
  it.each(cases)('%s', async (_name, argv, exit, output) => {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stdout + r.stderr).toMatch(output);
  });
});

describe('dyad actors unknown', () => {
  // names no dictionary entry knows, kept on events with code null (issue 4)
  const unknownDir = fixtureDir({
    'in/unknown.jsonl': [
      JSON.stringify({ id: 'suit', text: 'Acme Mining Corp sued the Kenyan government on Monday.', published: '2026-11-20' }),
      JSON.stringify({ id: 'suit-2', text: 'Acme Mining Corp sued the Ugandan government on Tuesday.', published: '2026-11-20' }),
      JSON.stringify({ id: 'meeting', text: 'President William Ruto met Kasimir Volk in Nairobi.', published: '2026-11-20' }),
      JSON.stringify({ id: 'coded', text: 'France praised Germany for its help.', published: '2026-11-20' }),
    ].join('\n'),
  });
  const unknownDb = join(unknownDir, 'unknown.db');
  const env = { DYAD_DATABASE_URL: undefined };

  it('lists the names in the store, most frequent first, with an example sentence', async () => {
    const ingest = await runCli(['ingest', join(unknownDir, 'in'), '--db', unknownDb, '--quiet'], env);
    expect(ingest.code, ingest.stderr).toBe(0);
    const r = await runCli(['actors', 'unknown', '--db', unknownDb], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`uncoded actor texts on events in ${unknownDb}`);
    expect(r.stdout).toMatch(/^ +2 {2}Acme Mining Corp\n +e\.g\. suit: Acme Mining Corp sued the Kenyan government on Monday\.$/m);
    expect(r.stdout).toMatch(/^ +1 {2}Kasimir Volk\n +e\.g\. meeting: President William Ruto met Kasimir Volk in Nairobi\.$/m);
    expect(r.stdout).not.toMatch(/France|Germany/);
    const one = await runCli(['actors', 'unknown', '--db', unknownDb, '--limit', '1'], env);
    expect(one.stdout.match(/e\.g\./g)).toHaveLength(1);
  });

  it('exports events with an unknown actor: empty code columns, the name kept', async () => {
    const gdelt = await runCli(['export', '--format', 'gdelt', '--db', unknownDb], env);
    expect(gdelt.code, gdelt.stderr).toBe(0);
    const rows = gdelt.stdout.split('\n').filter(Boolean).map((r) => r.split('\t'));
    const acme = rows.find((r) => r[6] === 'Acme Mining Corp');
    expect(acme?.[5]).toBe(''); // Actor1Code
    expect(acme?.[7]).toBe(''); // Actor1CountryCode
    const csv = await runCli(['export', '--format', 'csv', '--db', unknownDb], env);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('Kasimir Volk');
  });

  it('says so when no event has an uncoded actor', async () => {
    const r = await runCli(['actors', 'unknown', '--db', join(unknownDir, 'empty.db')], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/no event in .*empty\.db has an uncoded source or target/);
  });

  it('refuses a limit that is not a positive whole number', async () => {
    const r = await runCli(['actors', 'unknown', '--db', unknownDb, '--limit', 'x'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limit must be a positive whole number/);
  });
});
