import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/apps/cli/parse-csv.ts';
import { readInputs } from '../../src/apps/cli/read-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-inputs-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readInputs', () => {
  it('reports a malformed JSONL line with its number and goes on', () => {
    const p = file('batch.jsonl', '{"id":"a","text":"Russia said."}\n{not json\n{"id":"c"}\n{"id":4,"text":"ok","extra":1}\n');
    const items = [...readInputs(p, {})];
    expect(items.map((i) => i.ok)).toEqual([true, false, false, true]);
    expect(items[1]).toMatchObject({ ok: false, origin: `${p}:2` });
    expect(items[2]).toMatchObject({ ok: false, origin: `${p}:3` });
    expect(items[3]).toMatchObject({ ok: true, input: { id: '4', text: 'ok' } });
  });
  it('applies --published to records without a date, not over theirs', () => {
    const p = file('dates.jsonl', '{"text":"a"}\n{"text":"b","published":"2019-01-01"}\n');
    const items = [...readInputs(p, { published: '2020-08-16' })];
    expect(items.map((i) => (i.ok ? i.input.published : null))).toEqual(['2020-08-16', '2019-01-01']);
  });
  it('reads plain text with its id from the file name and a .meta.json beside it', () => {
    const p = file('story.txt', 'Police arrested ten people.');
    file('story.meta.json', '{"published":"2021-05-01","title":"Arrests"}');
    const [item] = [...readInputs(p, {})];
    expect(item).toMatchObject({ ok: true, input: { id: 'story', published: '2021-05-01', title: 'Arrests' } });
  });
  it('reads CSV with a text column and gzip files', () => {
    const p = file('rows.csv', 'id,text,published\n1,"Iran rejected ""the"" proposal, again",2021-02-28\n2,,2021-01-01\n');
    const items = [...readInputs(p, {})];
    expect(items[0]).toMatchObject({ ok: true, input: { id: '1', text: 'Iran rejected "the" proposal, again' } });
    expect(items[1]).toMatchObject({ ok: false, origin: `${p}:3` });
    const gz = file('b.jsonl.gz', gzipSync('{"text":"zipped"}\n'));
    expect([...readInputs(gz, {})][0]).toMatchObject({ ok: true, input: { text: 'zipped' } });
  });
  it('reads every known file in a directory', () => {
    const d = mkdtempSync(join(tmpdir(), 'dyad-dir-'));
    writeFileSync(join(d, 'a.txt'), 'One.');
    writeFileSync(join(d, 'b.jsonl'), '{"text":"Two."}\n');
    writeFileSync(join(d, 'c.png'), 'x');
    expect([...readInputs(d, {})].length).toBe(2);
  });
  it('refuses a CSV without a text column', () => {
    const p = file('bad.csv', 'a,b\n1,2\n');
    expect([...readInputs(p, {})][0]).toMatchObject({ ok: false, error: 'CSV has no "text" column' });
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF and newlines inside fields', () => {
    const rows = [...parseCsv('a,b\r\n"x, y","he said ""no""\nthen left"\r\n3,4')];
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'he said "no"\nthen left'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });
});

describe('readInputs: HTML without an article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-html-'));
  it('reports a page of navigation and boilerplate only, and reads a short article', () => {
    const nav = join(dir, 'nav.html');
    writeFileSync(nav, '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Accept cookies</p><footer>© 2026</footer></body></html>');
    expect([...readInputs(nav, {})]).toEqual([{ ok: false, origin: nav, error: 'the HTML page has no article text (navigation or boilerplate only)' }]);
    const brief = join(dir, 'brief.html');
    writeFileSync(brief, '<!doctype html><html><body><article><p>Police detained twelve protesters in Minsk on Sunday, witnesses said.</p></article></body></html>');
    expect([...readInputs(brief, {})]).toEqual([expect.objectContaining({ ok: true, input: expect.objectContaining({ text: expect.stringContaining('Police detained twelve protesters') }) })]);
  });
});
