// What a SQLite write does when it cannot go through: another connection holds the write lock
// (SQLITE_BUSY), or there is no room (SQLITE_FULL: the disk is full, or the store's size limit is
// reached). Every write runs as one transaction that takes the write lock when it begins (BEGIN
// IMMEDIATE, so it never fails half-way on a lock), so a failed attempt has changed nothing and can
// be run again whole. A busy store is waited for, in short attempts, with a message every 2 s, up to
// a limit; a full one fails at once with an error that names the problem.
import { DyadError } from '../../core/errors.ts';

export interface SqliteStoreOptions {
  /** how long a write waits in all for another connection's lock before E_STORE_BUSY; default 60,000 ms */
  readonly lockWaitMs?: number;
  /** told each time a write has waited for a lock and tries again (e.g. written to stderr by the CLI) */
  readonly onWait?: (message: string) => void;
  /** a size limit for the store file in MiB (PRAGMA max_page_count); past it, writes fail with E_STORE_FULL */
  readonly maxMegabytes?: number;
}

export const DEFAULT_LOCK_WAIT_MS = 60_000;
/**
 * One attempt's wait in SQLite's busy handler. better-sqlite3 is synchronous, so this blocks the
 * event loop (an API server's reads too): short attempts with pauses between them keep it answering.
 */
export const BUSY_ATTEMPT_MS = 250;
/** how often a waiting write says so */
export const WAIT_MESSAGE_EVERY_MS = 2_000;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new DyadError('E_STORE_CONFIG', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** DYAD_LOCK_WAIT_MS (how long a write waits for a lock) and DYAD_DB_MAX_MB (size limit). */
export function sqliteOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SqliteStoreOptions {
  const raw = env.DYAD_DB_MAX_MB;
  const max = raw === undefined || raw === '' ? undefined : Number(raw);
  if (max !== undefined && !(Number.isFinite(max) && max > 0)) throw new DyadError('E_STORE_CONFIG', `DYAD_DB_MAX_MB must be a positive number of MiB, got "${raw}"`);
  return { lockWaitMs: wholeNumber(env, 'DYAD_LOCK_WAIT_MS', 0, 86_400_000), maxMegabytes: max };
}

const codeOf = (e: unknown): string => (typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : '');
export const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(codeOf(e));
export const isFull = (e: unknown) => /^SQLITE_FULL/.test(codeOf(e)) || (/^SQLITE_IOERR/.test(codeOf(e)) && /ENOSPC|no space|disk is full/i.test(String((e as Error).message)));

export function fullError(path: string, e: unknown, maxMegabytes?: number): DyadError {
  const limit = maxMegabytes ? ` or its size limit of ${maxMegabytes} MiB (DYAD_DB_MAX_MB) is reached` : '';
  return new DyadError(
    'E_STORE_FULL',
    `the store ${path} is full: the disk has no room${limit} (SQLite: ${(e as Error).message}). This write was rolled back; everything committed before it is kept. Free space${maxMegabytes ? ' or raise the limit' : ''} and run again.`,
    { sqlite: codeOf(e) },
  );
}

export function busyError(path: string, waitedMs: number, lockWaitMs: number, e: unknown): DyadError {
  return new DyadError(
    'E_STORE_BUSY',
    `the store ${path} is locked by another connection (another dyad ingest, recode or serve, or a program holding a write transaction) and stayed locked for ${(waitedMs / 1000).toFixed(1)} s; gave up after the limit of ${lockWaitMs} ms (DYAD_LOCK_WAIT_MS). Nothing of this write was saved; run again once the other writer is done.`,
    { sqlite: codeOf(e) },
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A guard for one store: runs a write, waits out busy locks (up to lockWaitMs) and names a full store. */
export function writeGuard(path: string, o: SqliteStoreOptions) {
  const lockWaitMs = o.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  return async function guarded<T>(write: () => T): Promise<T> {
    const t0 = Date.now();
    let told = 0;
    for (;;) {
      try {
        return write();
      } catch (e) {
        if (isFull(e)) throw fullError(path, e, o.maxMegabytes);
        if (!isBusy(e)) throw e;
        const waited = Date.now() - t0;
        if (waited >= lockWaitMs) throw busyError(path, waited, lockWaitMs, e);
        if (told === 0 || waited - told >= WAIT_MESSAGE_EVERY_MS) {
          told = Math.max(1, waited);
          o.onWait?.(`the store ${path} is locked by another connection; waiting for it (${(waited / 1000).toFixed(1)} s so far, giving up after ${lockWaitMs} ms: DYAD_LOCK_WAIT_MS)`);
        }
        // SQLite's busy handler has already waited BUSY_ATTEMPT_MS; the pause lets the event loop run
        await sleep(Math.min(50, Math.max(0, lockWaitMs - waited)));
      }
    }
  };
}
