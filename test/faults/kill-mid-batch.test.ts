// Fault: `dyad ingest` killed with SIGKILL at two points that test/ingest/kill-resume.test.ts reaches
// only by chance, here made certain: (1) while a batch is being coded (a slow article holds the coding
// thread for seconds, after earlier batches were committed), (2) while a coded batch waits to be saved
// (another connection holds the store's write lock). A re-run must end with every article once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contents, corpusLines, dyad, hasCorpus, idsOf, journalPosition, killAll, sleep, SLOW_TEXT, SPAWNING_TEST_MS, until, writeJsonl } from './fault-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-batch-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasCorpus)('dyad ingest killed mid-batch (SQLite)', () => {
  it('killed while coding a batch: the re-run stores every article once (and reports the slow one as timed out)', async () => {
    const lines = corpusLines(60, 800);
    const slow = JSON.stringify({ id: 'slow-one', text: SLOW_TEXT });
    // batches of 10: the slow article is the 5th of the 4th batch
    const input = writeJsonl(join(dir, 'coding.jsonl'), [...lines.slice(0, 34), slow, ...lines.slice(34)]);
    const db = join(dir, 'coding.db');
    const env = { DYAD_INGEST_BATCH: '10' };
    const first = dyad(['ingest', input, '--db', db, '--quiet'], { ...env, DYAD_CODE_TIMEOUT_MS: '600000' });
    // batches 1-3 committed; batch 4 cannot be: its slow article is still being coded
    await until(() => journalPosition(db) >= 30 || first.child.exitCode !== null, 'three batches committed');
    await sleep(500);
    expect(first.child.exitCode).toBeNull();
    const at = journalPosition(db);
    expect(at).toBe(30);
    first.child.kill('SIGKILL');
    await first.exit;
    expect(contents(db).reports).toEqual(idsOf(lines.slice(0, 30)));

    const again = dyad(['ingest', input, '--db', db, '--quiet'], { ...env, DYAD_CODE_TIMEOUT_MS: '1000' });
    expect(await again.exit).toBe(1); // the slow article is a bad record now
    expect(again.stderr()).toContain(`${input}:35: E_CODE_TIMEOUT`);
    expect(again.stderr()).toContain('30 done by an interrupted earlier run');
    const got = contents(db);
    expect(got.reports).toEqual(idsOf(lines)); // 60 stored, 0 lost, 0 doubled
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
    expect(got.journal).toEqual([]);
  }, SPAWNING_TEST_MS);

  it('killed while a coded batch waits for the write lock: the re-run stores every article once', async () => {
    const lines = corpusLines(80, 900);
    const input = writeJsonl(join(dir, 'saving.jsonl'), lines);
    const db = join(dir, 'saving.db');
    const env = { DYAD_INGEST_BATCH: '5', DYAD_LOCK_WAIT_MS: '600000' };
    const first = dyad(['ingest', input, '--db', db, '--quiet'], env);
    await until(() => journalPosition(db) > 0 || first.child.exitCode !== null, 'the first commit');
    const locker = new Database(db);
    locker.pragma('busy_timeout = 60000');
    locker.exec('BEGIN IMMEDIATE');
    let at: number;
    try {
      at = journalPosition(db);
      expect(at).toBeLessThan(80);
      await until(() => /is locked by another connection; waiting/.test(first.stderr()) || first.child.exitCode !== null, 'the ingest to wait for the lock');
      expect(first.child.exitCode).toBeNull();
      first.child.kill('SIGKILL');
      await first.exit;
    } finally {
      locker.exec('COMMIT');
      locker.close();
    }
    expect(contents(db).reports).toEqual(idsOf(lines.slice(0, at)));

    const again = dyad(['ingest', input, '--db', db, '--quiet'], env);
    expect(await again.exit).toBe(0);
    expect(again.stderr()).toContain(`${at} done by an interrupted earlier run`);
    const got = contents(db);
    expect(got.reports).toEqual(idsOf(lines)); // 80 stored, 0 lost, 0 doubled
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
    expect(got.journal).toEqual([]);
  }, SPAWNING_TEST_MS);
});
