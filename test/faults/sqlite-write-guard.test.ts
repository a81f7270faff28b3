// The SQLite store's write guard in one process: a write waits for another connection's lock (and
// says so), gives up with E_STORE_BUSY after lockWaitMs having saved nothing, and a store past its
// size limit fails with E_STORE_FULL keeping every earlier write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { sqliteOptionsFromEnv } from '../../src/adapters/store/sqlite-write-guard.ts';
import { DyadError } from '../../src/core/errors.ts';
import { testCoder } from '../helpers/coder.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const coder = testCoder();
const article = (id: string, extra = '') => coder.code({ id, text: `Russia attacked Ukraine on Sunday.${extra}`, published: '2022-02-27' });

function lock(path: string) {
  const d = new Database(path);
  d.exec('BEGIN IMMEDIATE');
  return () => {
    d.exec('COMMIT');
    d.close();
  };
}

describe('SQLite write guard', () => {
  it('waits for a lock, says so, and saves once it is released', async () => {
    const path = join(dir, 'wait.db');
    const said: string[] = [];
    const store = openSqliteStore(path, { lockWaitMs: 30_000, onWait: (m) => said.push(m) });
    const release = lock(path);
    const saving = store.saveArticle(article('a1'), 'p');
    setTimeout(release, 600);
    await expect(saving).resolves.toEqual({ inserted: true });
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]).toMatch(/^the store .*wait\.db is locked by another connection; waiting for it \(\d+\.\d s so far, giving up after 30000 ms: DYAD_LOCK_WAIT_MS\)$/);
    expect(await store.stats()).toMatchObject({ articles: 1 });
    await store.close();
  });

  it('gives up with E_STORE_BUSY after lockWaitMs, having saved nothing', async () => {
    const path = join(dir, 'busy.db');
    const store = openSqliteStore(path, { lockWaitMs: 300 });
    const release = lock(path);
    try {
      const err = await store.ingest([], 'p', [{ source: 's', position: 3 }]).then(
        () => null,
        (e) => e,
      );
      expect(err).toBeInstanceOf(DyadError);
      expect(err.code).toBe('E_STORE_BUSY');
      expect(err.message).toContain('gave up after the limit of 300 ms (DYAD_LOCK_WAIT_MS)');
      await expect(store.saveArticles([article('b1')], 'p')).rejects.toMatchObject({ code: 'E_STORE_BUSY' });
    } finally {
      release();
    }
    expect(await store.journalPosition('s')).toBe(0);
    expect(await store.stats()).toMatchObject({ articles: 0 });
    await store.close();
  });

  it('fails with E_STORE_FULL past its size limit and keeps every earlier write', async () => {
    const path = join(dir, 'full.db');
    const store = openSqliteStore(path, { maxMegabytes: 0.5 });
    const filler = ` ${'Officials in Kyiv said the attack damaged several buildings. '.repeat(400)}`;
    let saved = 0;
    let err: unknown = null;
    for (let i = 0; i < 200 && !err; i++) {
      try {
        await store.saveArticle(article(`f${i}`, filler), 'p');
        saved++;
      } catch (e) {
        err = e;
      }
    }
    expect(err).toBeInstanceOf(DyadError);
    expect((err as DyadError).code).toBe('E_STORE_FULL');
    expect((err as DyadError).message).toMatch(/is full: the disk has no room or its size limit of 0.5 MiB \(DYAD_DB_MAX_MB\) is reached \(SQLite: database or disk is full\)/);
    expect(saved).toBeGreaterThan(0);
    expect(await store.stats()).toMatchObject({ articles: saved });
    expect(await store.getArticle(`f${saved - 1}`)).not.toBeNull();
    expect(await store.getArticle(`f${saved}`)).toBeNull();
    await store.close();
  });

  it('reads its settings from the environment and refuses nonsense', () => {
    expect(sqliteOptionsFromEnv({ DYAD_LOCK_WAIT_MS: '1500', DYAD_DB_MAX_MB: '2.5' })).toEqual({ lockWaitMs: 1500, maxMegabytes: 2.5 });
    expect(sqliteOptionsFromEnv({})).toEqual({ lockWaitMs: undefined, maxMegabytes: undefined });
    expect(() => sqliteOptionsFromEnv({ DYAD_LOCK_WAIT_MS: 'soon' })).toThrow(/DYAD_LOCK_WAIT_MS must be a whole number/);
    expect(() => sqliteOptionsFromEnv({ DYAD_DB_MAX_MB: '-1' })).toThrow(/DYAD_DB_MAX_MB must be a positive number/);
  });
});
