// Small defect: a JSONL record with `id: ""` used to be accepted (and stored under a content hash or
// an empty id). It is a bad record now: reported with its line number, skipped, the rest stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toInput } from '../../src/apps/cli/read-inputs.ts';
import { contents, dyad, killAll, SPAWNING_TEST_MS, writeJsonl } from './fault-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-records-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('input records with an empty id', () => {
  it('are bad records with a clear reason; numbers and real ids pass', () => {
    expect(toInput({ id: '', text: 'x' }, {})).toEqual({ error: 'id: must not be empty (give a non-empty id or leave the field out)' });
    expect(toInput({ id: '   ', text: 'x' }, {})).toHaveProperty('error');
    expect(toInput({ id: 0, text: 'x' }, {})).toEqual({ input: { id: '0', text: 'x' } });
    expect(toInput({ text: 'x' }, {})).toEqual({ input: { text: 'x' } });
  }, SPAWNING_TEST_MS);

  it('dyad ingest reports the line and stores the rest of the batch', async () => {
    const input = writeJsonl(join(dir, 'ids.jsonl'), [
      JSON.stringify({ id: 'a1', text: 'Russia attacked Ukraine on Sunday.', published: '2022-02-27' }),
      JSON.stringify({ id: '', text: 'France criticized Germany on Monday.', published: '2022-02-28' }),
      JSON.stringify({ id: 'a3', text: 'Poland met with Belarus on Tuesday.', published: '2022-03-01' }),
    ]);
    const db = join(dir, 'ids.db');
    const run = dyad(['ingest', input, '--db', db, '--quiet']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain(`dyad: ${input}:2: id: must not be empty (give a non-empty id or leave the field out) (skipped)`);
    expect(contents(db).articles).toEqual(['a1', 'a3']);
  }, SPAWNING_TEST_MS);
});
