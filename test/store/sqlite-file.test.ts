import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/adapters/store/sqlite-schema.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { makeArticle } from './fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('sqlite store on disk', () => {
  it('uses WAL, survives a reopen and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
    dirs.push(dir);
    const path = join(dir, 'dyad.db');
    const article = makeArticle("it's; DROP TABLE articles;--", [{ n: 0 }, { n: 1 }]);
    const first = openSqliteStore(path);
    await first.saveArticle(article, 'p1');
    await first.close();

    const second = openSqliteStore(path);
    expect(await second.stats()).toEqual({ articles: 1, events: 2 });
    expect(await second.getArticle(article.id)).toEqual(article);
    await second.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'events', 'events_fts']));
    raw.close();
  });

  it('cascades: an article and its rows stay consistent under foreign keys', async () => {
    const store = openSqliteStore(':memory:');
    await store.saveArticle(makeArticle('fk', [{ n: 0 }]), 'p1');
    // the same event id can only belong to one article; re-saving moves nothing and duplicates nothing
    await store.saveArticle(makeArticle('fk', [{ n: 0 }]), 'p1');
    expect(await store.stats()).toEqual({ articles: 1, events: 1 });
    await store.close();
  });
});
