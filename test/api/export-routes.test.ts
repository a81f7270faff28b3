import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/exports/csv-export.ts';
import { setup } from './api-helpers.ts';

describe('api: exports', () => {
  it('GET /export.jsonl streams one event per line', async () => {
    const { app } = await setup();
    const res = await app.request('/export.jsonl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((e) => e.id)).toEqual(['a1:e0', 'a1:e1', 'a2:e0']);
  });

  it('GET /export.csv applies filters and quotes fields', async () => {
    const { app } = await setup();
    const res = await app.request('/export.csv?source=BLR');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const [header, row, end] = text.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain('"Police fired at protesters, ""hard""."');
    expect(end).toBe('');
  });

  it('GET /export.gdelt writes 61-column rows with no header', async () => {
    const { app } = await setup();
    const res = await app.request('/export.gdelt?cameo=03');
    expect(res.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
    const lines = (await res.text()).split('\n').filter((l) => l);
    expect(lines).toHaveLength(1);
    const fields = lines[0].split('\t');
    expect(fields).toHaveLength(61);
    expect(fields.slice(26, 29)).toEqual(['0332', '033', '03']);
    expect(fields[60]).toBe('https://example.org/a1');
  });

  it('an empty result is an empty body', async () => {
    const { app } = await setup();
    const res = await app.request('/export.gdelt?from=2030-01-01');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});
