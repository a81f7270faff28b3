// `dyad code` end to end: every input kind, bad records, bad flags. Fixtures are written here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodedArticle } from '../../src/core/types.ts';
import { type CliResult, fixtureDir, jsonLines, removeFixtures, runCli, spawnCli } from './run-cli.ts';

afterAll(removeFixtures);

const MEETING = 'Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Sochi on Monday.';
const ARREST = 'Police arrested ten protesters in Kyiv.';
const PRAISE = 'France praised Germany for its help.';

const dir = fixtureDir({
  'meeting.txt': MEETING,
  'dated.txt': ARREST,
  'dated.meta.json': JSON.stringify({ published: '2021-03-04', title: 'Arrests in Kyiv', outlet: 'Test Wire' }),
  'batch.jsonl': [
    JSON.stringify({ id: 'j1', text: MEETING, published: '2020-08-16' }),
    '{"id": "j2", "text": "broken',
    JSON.stringify({ id: 'j3', text: PRAISE }),
  ].join('\n'),
  'shapeless.jsonl': `${JSON.stringify({ id: 'k1', text: PRAISE })}\n${JSON.stringify({ id: 'k2', title: 'no text' })}\n`,
  'rows.csv': `id,text,published\nc1,"${PRAISE}",2021-02-01\nc2,"${ARREST}",2021-03-04\n`,
  'folder/a.txt': PRAISE,
  'folder/b.jsonl': `${JSON.stringify({ id: 'fb', text: ARREST })}\n`,
  'folder/ignored.png': 'not an article',
});
const at = (name: string) => join(dir, name);

type Check = (r: CliResult, articles: CodedArticle[]) => void;

const cases: [string, string[], number, Check][] = [
  [
    '.txt with --published: id from the file name, "on Monday" resolved',
    ['code', at('meeting.txt'), '--published', '2020-08-16'],
    0,
    (_r, [a]) => {
      expect(a).toMatchObject({ id: 'meeting', published: '2020-08-16' });
      expect(a.events[0]).toMatchObject({ cameo: '040', date: '2020-08-10', date_type: 'text', source: { code: 'RUSGOV' }, target: { code: 'BLRGOV' } });
    },
  ],
  [
    '.txt without --published: published unknown, no text date to anchor',
    ['code', at('meeting.txt')],
    0,
    (_r, [a]) => expect(a.published).toBeNull(),
  ],
  [
    '.txt with a .meta.json sidecar: published, title, outlet from it',
    ['code', at('dated.txt')],
    0,
    (_r, [a]) => {
      expect(a).toMatchObject({ id: 'dated', published: '2021-03-04', title: 'Arrests in Kyiv', outlet: 'Test Wire' });
      expect(a.events[0]).toMatchObject({ cameo: '173', date: '2021-03-04', date_type: 'publication' });
    },
  ],
  [
    '--published overrides the sidecar date',
    ['code', at('dated.txt'), '--published', '2022-01-01'],
    0,
    (_r, [a]) => expect(a.published).toBe('2022-01-01'),
  ],
  [
    '.jsonl with a malformed line in the middle: reported with file:line, the others coded, exit 1',
    ['code', at('batch.jsonl')],
    1,
    (r, articles) => {
      expect(articles.map((a) => a.id)).toEqual(['j1', 'j3']);
      expect(r.stderr).toContain(`${at('batch.jsonl')}:2: not valid JSON`);
      expect(r.stderr).not.toContain(':1:');
      expect(r.stderr).not.toContain(':3:');
    },
  ],
  [
    '.jsonl with a record lacking text: reported with its line, exit 1',
    ['code', at('shapeless.jsonl')],
    1,
    (r, articles) => {
      expect(articles.map((a) => a.id)).toEqual(['k1']);
      expect(r.stderr).toContain(`${at('shapeless.jsonl')}:2: text:`);
    },
  ],
  [
    '.csv with a text column',
    ['code', at('rows.csv')],
    0,
    (_r, articles) => {
      expect(articles.map((a) => [a.id, a.published])).toEqual([['c1', '2021-02-01'], ['c2', '2021-03-04']]);
      expect(articles[0].events[0]).toMatchObject({ source: { code: 'FRAGOV' }, target: { code: 'DEU' } });
    },
  ],
  [
    'a directory: every known file in name order, other files skipped',
    ['code', at('folder'), '--published', '2021-03-04'],
    0,
    (_r, articles) => expect(articles.map((a) => a.id)).toEqual(['a', 'fb']),
  ],
  [
    'several paths in one run',
    ['code', at('meeting.txt'), at('rows.csv'), '-q'],
    0,
    (_r, articles) => expect(articles.map((a) => a.id)).toEqual(['meeting', 'c1', 'c2']),
  ],
];

describe('dyad code', () => {
  it.each(cases)('%s', async (_name, argv, exit, check) => {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBe(exit);
    const articles = jsonLines<CodedArticle>(r.stdout);
    for (const a of articles) expect(a.events.every((e) => e.pipeline === a.events[0].pipeline)).toBe(true);
    check(r, articles);
  });

  it('--out writes the lines to a file instead of stdout', async () => {
    const out = at('out.jsonl');
    const r = await runCli(['code', at('rows.csv'), '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(jsonLines<CodedArticle>(readFileSync(out, 'utf8')).map((a) => a.id)).toEqual(['c1', 'c2']);
  });
});

const usageCases: [string, string[], RegExp][] = [
  ['an unknown flag', ['code', at('meeting.txt'), '--frobnicate'], /Unknown option '--frobnicate'/],
  ['a flag missing its value', ['code', at('meeting.txt'), '--published'], /--published/],
  ['a --published that is not a date', ['code', at('meeting.txt'), '--published', 'last Tuesday'], /--published must be an ISO date/],
  ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ['no command', [], /usage:/],
  ['an unknown export format', ['export', '--format', 'xml', '--db', at('none.db')], /--format must be jsonl, csv or gdelt/],
];

describe('usage errors exit 2', () => {
  it.each(usageCases)('%s', async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/^\{/m);
  });

  it('prints the usage for an unknown flag', async () => {
    const r = await runCli(['code', '--nope']);
    expect(r.stderr).toContain('usage:');
    expect(r.stderr).toContain('dyad recode');
    expect(r.stderr).toContain('dyad actors unknown');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await runCli(['code', '--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('usage:');
  });
});

describe('bin/dyad.mjs as a child process', () => {
  const stdinCases: [string, string[], string, (articles: CodedArticle[]) => void][] = [
    [
      'plain text on stdin is one article',
      ['code', '-', '--published', '2020-08-16'],
      `${MEETING}\n`,
      ([a, ...more]) => {
        expect(more).toHaveLength(0);
        expect(a).toMatchObject({ published: '2020-08-16', text: `${MEETING}\n` });
        expect(a.events[0]).toMatchObject({ cameo: '040' });
      },
    ],
    [
      'JSONL on stdin is one article per line',
      ['code', '-'],
      `${JSON.stringify({ id: 's1', text: PRAISE })}\n${JSON.stringify({ id: 's2', text: ARREST })}\n`,
      (articles) => expect(articles.map((a) => a.id)).toEqual(['s1', 's2']),
    ],
  ];
  it.each(stdinCases)('%s', (_name, argv, input, check) => {
    const r = spawnCli(argv, { input });
    expect(r.code, r.stderr).toBe(0);
    check(jsonLines<CodedArticle>(r.stdout));
  });

  it('sets the exit code: 1 for a bad line on stdin, 2 for an unknown flag', () => {
    const bad = spawnCli(['code', '-'], { input: `${JSON.stringify({ id: 'ok', text: PRAISE })}\n{oops\n` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('stdin:2: not valid JSON');
    expect(jsonLines(bad.stdout)).toHaveLength(1);
    const usage = spawnCli(['code', '--frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage:');
  });
});
