// Fault: the SQLite store is locked by another connection (a write transaction held open) while
// `dyad ingest` runs. The ingest must wait and say so, then finish with every article stored once;
// past DYAD_LOCK_WAIT_MS it must stop with E_STORE_BUSY, keep every batch committed before, and a
// re-run must finish the rest exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contents, corpusLines, dyad, hasCorpus, idsOf, journalPosition, killAll, sleep, SPAWNING_TEST_MS, until, writeJsonl } from './fault-helpers.ts';

const N = 200;
const dir = mkdtempSync(join(tmpdir(), 'dyad-locked-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another connection's write lock (BEGIN IMMEDIATE: what any writer takes), held until release(). */
function lock(db: string): { release(): void } {
  const d = new Database(db);
  d.pragma('busy_timeout = 60000');
  d.exec('BEGIN IMMEDIATE');
  return {
    release() {
      if (d.inTransaction) d.exec('COMMIT');
      d.close();
    },
  };
}

describe.skipIf(!hasCorpus)('database locked during dyad ingest (SQLite)', () => {
  const lines = corpusLines(N);
  const input = writeJsonl(join(dir, 'input.jsonl'), lines);
  // small batches: many commits, so the lock lands in the middle of the run
  const env = { DYAD_INGEST_BATCH: '5' };

  it('waits for a lock taken mid-run, says so, and ends with every article once', async () => {
    const db = join(dir, 'wait.db');
    const run = dyad(['ingest', input, '--db', db, '--quiet'], { ...env, DYAD_LOCK_WAIT_MS: '120000' });
    await until(() => journalPosition(db) > 0 || run.child.exitCode !== null, 'the first commit');
    const held = lock(db);
    const at = journalPosition(db);
    try {
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(N); // the run is not over: the lock really is in its way
      await until(() => /is locked by another connection; waiting/.test(run.stderr()) || run.child.exitCode !== null, 'the waiting message');
      expect(run.child.exitCode).toBeNull();
      await sleep(1_000); // a while longer: more attempts, no progress
      expect(journalPosition(db)).toBe(at);
    } finally {
      held.release();
    }
    expect(await run.exit).toBe(0);
    console.log(`sqlite-locked: lock taken at journal position ${at}/${N}, ${run.stderr().match(/waiting for it/g)?.length ?? 0} waiting message(s), ${contents(db).reports.length} stored`);
    expect(run.stderr()).toMatch(/dyad: the store .*wait\.db is locked by another connection; waiting for it \(\d+\.\d s so far, giving up after 120000 ms: DYAD_LOCK_WAIT_MS\)/);
    const got = contents(db);
    expect(got.reports).toEqual(idsOf(lines)); // 200 stored, 0 lost
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
    expect(got.journal).toEqual([]); // the source was read to its end
    expect(got.events).toBeGreaterThan(0);
  }, SPAWNING_TEST_MS);

  it('gives up with E_STORE_BUSY after DYAD_LOCK_WAIT_MS, keeps what was committed, and a re-run completes exactly once', async () => {
    const db = join(dir, 'give-up.db');
    const run = dyad(['ingest', input, '--db', db, '--quiet'], { ...env, DYAD_LOCK_WAIT_MS: '1500' });
    await until(() => journalPosition(db) > 0 || run.child.exitCode !== null, 'the first commit');
    const held = lock(db);
    let at: number;
    try {
      at = journalPosition(db);
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(N);
      expect(await run.exit).toBe(1);
    } finally {
      held.release();
    }
    expect(run.stderr()).toMatch(/dyad: E_STORE_BUSY: the store .*give-up\.db is locked by another connection .* gave up after the limit of 1500 ms \(DYAD_LOCK_WAIT_MS\)/);
    // every batch committed before the lock is there, nothing after it
    const partial = contents(db);
    console.log(`sqlite-locked: gave up at journal position ${at}/${N} with ${partial.reports.length} stored`);
    expect(partial.reports).toEqual(idsOf(lines.slice(0, at)));
    expect(partial.journal).toHaveLength(1);
    expect(partial.journal[0]).toMatch(new RegExp(` @ ${at}$`));

    const again = dyad(['ingest', input, '--db', db, '--quiet'], env);
    expect(await again.exit).toBe(0);
    expect(again.stderr()).toContain(`${at} done by an interrupted earlier run`);
    const got = contents(db);
    expect(got.reports).toEqual(idsOf(lines));
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
    expect(got.journal).toEqual([]);
  }, SPAWNING_TEST_MS);
});
