// Fault: the disk fills up during `dyad ingest` into SQLite. Two ways: the store's size limit
// (DYAD_DB_MAX_MB → PRAGMA max_page_count: SQLite answers SQLITE_FULL exactly as for a full disk),
// always; and a real full file system (a 3 MiB tmpfs: write() fails with ENOSPC), where this process
// may mount one (root). The run must stop with E_STORE_FULL naming the problem, keep every batch it
// committed (nothing half-saved), and a re-run once there is room must finish with every article once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contents, corpusLines, dyad, hasCorpus, idsOf, journalPosition, killAll, SPAWNING_TEST_MS, writeJsonl } from './fault-helpers.ts';

const N = 100;
const dir = mkdtempSync(join(tmpdir(), 'dyad-full-'));
const mnt = join(dir, 'tmpfs');
let mounted = false;

/** A tiny tmpfs of our own, if this process may mount one. */
function mountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'dyad-test-full', mnt], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
  return mounted;
}

afterEach(killAll);
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mnt], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
});

/** Runs an ingest that runs out of room and checks what it left; returns the journal position. */
async function ingestUntilFull(input: string, db: string, env: Record<string, string>, lines: readonly string[]): Promise<number> {
  const run = dyad(['ingest', input, '--db', db, '--quiet'], { DYAD_INGEST_BATCH: '10', ...env });
  expect(await run.exit).toBe(1);
  expect(run.stderr()).toMatch(/dyad: E_STORE_FULL: the store .* is full: the disk has no room.*This write was rolled back; everything committed before it is kept\./);
  const at = journalPosition(db);
  expect(at).toBeGreaterThan(0); // some batches went in before the store filled up
  expect(at).toBeLessThan(N);
  const partial = contents(db);
  console.log(`disk-full: ${JSON.stringify(env)} full at journal position ${at}/${N}, ${partial.reports.length} kept; ${/\(SQLite: ([^)]*)\)/.exec(run.stderr())?.[1]}`);
  expect(partial.reports).toEqual(idsOf(lines.slice(0, at))); // every committed batch whole, nothing of the failed one
  expect(partial.orphanEvents).toBe(0);
  return at;
}

async function rerunCompletes(input: string, db: string, at: number, lines: readonly string[]): Promise<void> {
  const again = dyad(['ingest', input, '--db', db, '--quiet'], { DYAD_INGEST_BATCH: '10' });
  expect(await again.exit).toBe(0);
  expect(again.stderr()).toContain(`${at} done by an interrupted earlier run`);
  const got = contents(db);
  expect(got.reports).toEqual(idsOf(lines)); // 100 stored, 0 lost
  expect(got.doubled).toEqual([]);
  expect(got.orphanEvents).toBe(0);
  expect(got.journal).toEqual([]);
}

describe.skipIf(!hasCorpus)('disk full during dyad ingest (SQLite)', () => {
  const lines = corpusLines(N, 300);
  const input = writeJsonl(join(dir, 'input.jsonl'), lines);

  it('size limit reached (SQLITE_FULL): stops with E_STORE_FULL, keeps the committed batches, a re-run without the limit completes exactly once', async () => {
    const db = join(dir, 'limited.db');
    // ~50 KB a stored article: about half of the input fits in 2.5 MiB
    const at = await ingestUntilFull(input, db, { DYAD_DB_MAX_MB: '2.5' }, lines);
    await rerunCompletes(input, db, at, lines);
  }, SPAWNING_TEST_MS);

  it.runIf(mountTmpfs())('a real full file system (ENOSPC on a 3 MiB tmpfs): the same, and a re-run once the file system has grown completes exactly once', async () => {
    const db = join(mnt, 'full.db');
    const at = await ingestUntilFull(input, db, {}, lines);
    execFileSync('mount', ['-o', 'remount,size=64m', mnt], { stdio: 'ignore' });
    await rerunCompletes(input, db, at, lines);
  }, SPAWNING_TEST_MS);
});
