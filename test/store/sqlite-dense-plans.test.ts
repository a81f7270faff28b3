// Frequent filters take another query plan (walk events in (day, id) order, sqlite-density.ts) than
// rare ones (index lookup, then sort). Both must give exactly the pages a plain filter-and-sort gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic-events.ts';
import { eventWhere } from '../../src/adapters/store/event-filter-sql.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { EventFilter, Store, StoredEvent } from '../../src/adapters/store/store.ts';
import type { EventRecord } from '../../src/core/types.ts';

const starts = (code: string | null | undefined, p: string | undefined) => p === undefined || (code ?? '').startsWith(p);
const hasWord = (text: string, q: string | undefined) => q === undefined || q.split(' ').every((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));

function reference(all: EventRecord[], f: EventFilter): string[] {
  return all
    .filter((e) => f.actor === undefined || starts(e.source?.code, f.actor) || starts(e.target?.code, f.actor))
    .filter((e) => starts(e.source?.code, f.source) && starts(e.target?.code, f.target) && (f.claimedBy === undefined || starts(e.claim?.by?.code, f.claimedBy)))
    .filter((e) => hasWord(e.evidence.text, f.q) && (f.modality === undefined || e.modality === f.modality))
    .map((e) => [e.date ?? '', e.id])
    .sort(([d1, i1], [d2, i2]) => (d1 === d2 ? (i1 < i2 ? -1 : 1) : d1 < d2 ? -1 : 1))
    .map(([, id]) => id);
}

const FILTERS: [string, EventFilter][] = [
    ['a frequent actor', { actor: 'USA' }],
    ['a rare actor', { actor: 'AUS' }],
    ['a frequent pair', { source: 'USA', target: 'RUS' }],
    ['a rare pair of frequent codes', { source: 'USAMIL', target: 'CHNBUS' }],
    ['a frequent word', { q: 'troops' }],
    ['two words', { q: 'troops pipeline' }],
    ['a word and an actor', { q: 'border', actor: 'RUS' }],
    ['claimed by, reported', { claimedBy: 'USA', modality: 'reported' }],
];

describe('sqlite: dense and sparse filters give the same pages', () => {
  let store: Store;
  let dir: string;
  const all: EventRecord[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-dense-'));
    store = openSqliteStore(join(dir, 'events.db'));
    for (const batch of syntheticArticles({ articles: 600, eventsPerArticle: 10, days: 60, firstDay: '2024-01-01', seed: 3 })) {
      await store.saveArticles(batch, 'test');
      all.push(...batch.flatMap((a) => a.events));
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(FILTERS)('through the store, paged: %s', async (_name, filter) => {
    const expected = reference(all, filter);
    const got: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.queryEvents({ ...filter, limit: 250, cursor });
      got.push(...page.events.map((e: StoredEvent) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(got.length).toBe(expected.length);
    expect(got).toEqual(expected);
  });

  it.each(FILTERS)('both plans, forced: %s', (_name, filter) => {
    const db = new Database(join(dir, 'events.db'), { readonly: true });
    try {
      const expected = reference(all, filter);
      for (const dense of [true, false]) {
        const where = eventWhere(filter, { dense: () => dense });
        const ids = db.prepare(`SELECT e.id FROM events e WHERE ${where.sql} ORDER BY e.day, e.id`).pluck().all(...where.params);
        expect(ids, `dense ${dense}`).toEqual(expected);
      }
    } finally {
      db.close();
    }
  });
});
