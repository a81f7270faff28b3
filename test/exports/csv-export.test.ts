import { describe, expect, it } from 'vitest';
import { articleEvents } from '../../src/exports/article-events.ts';
import { CSV_COLUMNS, csvExport, csvField } from '../../src/exports/csv-export.ts';
import { makeArticle, makeEvent } from '../store/fixtures.ts';

/** A small RFC 4180 reader, enough to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('csv export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [-6.5, '-6.5'],
    [false, 'false'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes a header and one row per event that round-trips through a CSV reader', async () => {
    const evidence = 'He said, "we will \nfight", then left.';
    const article = makeArticle('c1', [
      { n: 0, cameo: '0332', evidence, location: { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.5667, precision: 'city' } },
      { n: 1, source: null, date: null },
    ]);
    let out = '';
    const n = await csvExport(articleEvents(article), (chunk) => {
      out += chunk;
    });
    expect(n).toBe(2);
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(first).toMatchObject({
      id: 'c1:e0', article_id: 'c1', date: '2020-08-16', source_code: 'RUS', target_code: 'BLRGOV',
      target_text: 'Alexander Lukashenko', cameo: '0332', root: '03', quad_class: '1', goldstein: '1.9',
      modality: 'asserted', negated: 'false', evidence, location_name: 'Minsk', location_country: 'BLR',
      lat: '53.9', lon: '27.5667', rule: 'test.rule0', pipeline: 'dyad@0.1.0+test',
    });
    expect(rows[2][CSV_COLUMNS.indexOf('source_code')]).toBe('');
    expect(rows[2][CSV_COLUMNS.indexOf('date')]).toBe('');
  });

  it('writes the claimant code, else its text', async () => {
    const e = makeEvent('c2', { n: 0 });
    const withCode = { ...e, claim: { by: { start: 0, end: 6, text: 'Russia', code: 'RUS' }, cue: 'said' } };
    const withText = { ...e, id: 'x', claim: { by: { start: 0, end: 6, text: 'Officials', code: null }, cue: 'said' } };
    let out = '';
    await csvExport([withCode, withText], (c) => void (out += c), { header: false });
    const rows = parseCsv(out);
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('claim_by')])).toEqual(['RUS', 'Officials']);
  });
});
