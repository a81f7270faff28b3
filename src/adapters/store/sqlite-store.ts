// Store on SQLite (better-sqlite3): WAL, foreign keys, FTS5 over evidence, keyset pagination.
import Database, { type Statement } from 'better-sqlite3';
import type { CodedArticle } from '../../core/types.ts';
import { eventWhere } from './event-filter-sql.ts';
import { sqliteDensity } from './sqlite-density.ts';
import { sqliteAnalyticsQueries } from './sqlite-analytics-queries.ts';
import { sqliteCurationQueries } from './sqlite-curation-queries.ts';
import { sqliteClusters } from './sqlite-clusters.ts';
import { sqliteIngestQueries, withClusters } from './sqlite-ingest.ts';
import { migrate } from './sqlite-schema.ts';
import { prepareSave } from './sqlite-save.ts';
import { BUSY_ATTEMPT_MS, busyError, DEFAULT_LOCK_WAIT_MS, fullError, isBusy, isFull, type SqliteStoreOptions, writeGuard } from './sqlite-write-guard.ts';
import {
  type DailyCount,
  type EventFilter,
  type EventPage,
  type EventQuery,
  MAX_LIMIT,
  type Store,
} from './store.ts';
import { EVENT_COLUMNS, type EventRow, toStored } from './event-row.ts';
import { eventPageQuery, toEventPage } from './event-page.ts';

const ITERATE_PAGE = MAX_LIMIT;

/** Opens (and migrates) a store; pass ':memory:' for a throwaway one. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  const db = new Database(path);
  try {
    // opening (migrations) waits for a lock in one go; later writes wait in attempts (sqlite-write-guard.ts)
    db.pragma(`busy_timeout = ${lockWaitMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // reads through the OS page cache instead of read() calls, and a larger page cache: index-heavy
    // API queries on a store of 1M events run about twice as fast (docs/performance.md)
    db.pragma('mmap_size = 1073741824');
    db.pragma('cache_size = -65536');
    if (options.maxMegabytes) {
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor((options.maxMegabytes * 1024 * 1024) / pageSize))}`);
    }
    migrate(db);
  } catch (e) {
    db.close();
    if (isFull(e)) throw fullError(path, e, options.maxMegabytes);
    if (isBusy(e)) throw busyError(path, lockWaitMs, lockWaitMs, e);
    throw e;
  }
  db.pragma(`busy_timeout = ${Math.min(BUSY_ATTEMPT_MS, lockWaitMs)}`);
  try {
    // planner statistics for a long-lived connection, bounded so that opening stays fast (SQLite's advice)
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
  } catch (e) {
    // statistics can wait for a store that is locked or full
    if (!isBusy(e) && !isFull(e)) throw e;
  }
  const guarded = writeGuard(path, options);

  // saves cluster the article's events too; ingest adds dedup and the journal on top of the raw save
  const clusters = sqliteClusters(db);
  const dense = sqliteDensity(db);
  const rawSave = prepareSave(db);
  const save = withClusters(rawSave, clusters);
  // Many articles in one transaction: far fewer commits when ingesting.
  const saveMany = db.transaction((articles: readonly CodedArticle[], pipeline: string) => articles.filter((a) => save(a, pipeline).inserted).length);
  // the outer transaction of a single save, so that it can take the write lock when it begins
  const saveOne = db.transaction((article: CodedArticle, pipeline: string) => save(article, pipeline));
  // Filter combinations give a bounded set of SQL shapes; compile each once.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st;
  };
  const articleRow = db.prepare('SELECT id, text, json FROM articles WHERE id = ?');
  const articleExists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const eventsOf = db.prepare('SELECT json FROM events WHERE article_id = ? ORDER BY ord').pluck();
  const eventById = db.prepare(`SELECT ${EVENT_COLUMNS} WHERE e.id = ?`);
  const counts = db.prepare(
    'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events',
  );

  function queryPage(query: EventQuery): EventPage {
    const { sql, params, limit } = eventPageQuery(eventWhere(query, { dense }), query);
    return toEventPage(prepared(sql).all(...params) as EventRow[], limit);
  }

  return {
    ...sqliteCurationQueries(db),
    ...sqliteAnalyticsQueries(db),
    ...sqliteIngestQueries(db, rawSave, clusters, guarded),
    async saveArticle(article, pipeline) {
      return guarded(() => saveOne.immediate(article, pipeline));
    },
    async saveArticles(articles, pipeline) {
      return { inserted: await guarded(() => saveMany.immediate(articles, pipeline)) };
    },
    async hasArticle(id) {
      return articleExists.get(id) !== undefined;
    },
    async getArticle(id) {
      const row = articleRow.get(id) as { id: string; text: string; json: string } | undefined;
      if (!row) return null;
      const parse = (list: unknown[]) => list.map((j) => JSON.parse(j as string));
      return {
        id: row.id,
        ...JSON.parse(row.json),
        text: row.text,
        events: parse(eventsOf.all(id)),
      } as CodedArticle;
    },
    async getEvent(id) {
      const row = eventById.get(id) as EventRow | undefined;
      return row ? toStored(row) : null;
    },
    async queryEvents(query) {
      return queryPage(query);
    },
    async countByDay(filter: EventFilter) {
      const where = eventWhere(filter);
      const sql = `SELECT e.day AS day, e.quad_class AS quad_class, count(*) AS n FROM events e
        WHERE ${where.sql} GROUP BY e.day, e.quad_class ORDER BY e.day, e.quad_class`;
      const rows = prepared(sql).all(...where.params) as DailyCount[];
      return rows.map((r) => ({ ...r, day: r.day === '' ? null : r.day }));
    },
    async *iterateEvents(filter: EventFilter) {
      // Page by page rather than one open cursor, so writes between pages never meet a busy statement.
      let cursor: string | undefined;
      do {
        const page = queryPage({ ...filter, limit: ITERATE_PAGE, cursor });
        yield* page.events;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    },
    async stats() {
      return counts.get() as { articles: number; events: number };
    },
    async close() {
      if (!db.open) return;
      try {
        // lets SQLite refresh planner statistics (cheap; recommended before closing)
        db.pragma('optimize');
      } catch (e) {
        // a locked or full store still closes, and the error that stopped the caller is the one it sees
        if (!isBusy(e) && !isFull(e)) throw e;
      }
      db.close();
    },
  };
}
