// Store on PostgreSQL (pg): the same contract as the SQLite store, for several processes on several
// machines. Full-text search uses a tsvector of the diacritics-folded evidence; keyset pagination
// and prefix filters use "C"-collated columns, so results come in the same order as on SQLite.
import pg from 'pg';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { pgAnalyticsQueries } from './pg-analytics-queries.ts';
import { pgIngestQueries, pgSaveClustered, pgTx } from './pg-ingest.ts';
import { migratePg } from './pg-schema.ts';
import { numbered, pgEventWhere } from './pg-sql.ts';
import { type DailyCount, type EventFilter, type EventPage, type EventQuery, MAX_LIMIT, type Store } from './store.ts';
import { EVENT_COLUMNS, type EventRow, toStored } from './event-row.ts';
import { eventPageQuery, toEventPage } from './event-page.ts';


/** Connects, migrates and returns the store. `url` is postgres://user:password@host:port/database. */
export async function openPgStore(url: string, options: { max?: number } = {}): Promise<Store> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new DyadError('E_STORE_CONFIG', 'DYAD_DATABASE_URL must be a postgres:// URL');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4 });
  pool.on('error', () => {
    // an idle client lost its connection; the pool replaces it on next use
  });
  // A client in use can lose its connection between two statements (the server restarted): without a
  // listener that 'error' event would end the process. The next statement on it fails instead, and
  // the client is then released as broken (pg-ingest.ts).
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const client = await pool.connect().catch((e: Error) => {
    throw new DyadError('E_STORE_CONFIG', `cannot connect to PostgreSQL: ${e.message}`);
  });
  try {
    await migratePg(client);
  } finally {
    client.release();
  }
  const tx = pgTx(pool);
  const rows = async <T>(sql: string, params: unknown[]): Promise<T[]> => (await pool.query(numbered(sql), params)).rows as T[];

  async function queryPage(query: EventQuery): Promise<EventPage> {
    const { sql, params, limit } = eventPageQuery(pgEventWhere(query), query);
    return toEventPage(await rows<EventRow>(sql, params), limit);
  }

  return {
    ...pgAnalyticsQueries(pool),
    ...pgIngestQueries(pool),
    saveArticle: (article, pipeline) => tx(async (c, lock) => ({ inserted: (await pgSaveClustered(c, lock, [article], pipeline)).inserted > 0 })),
    saveArticles: (articles: readonly CodedArticle[], pipeline) => tx((c, lock) => pgSaveClustered(c, lock, articles, pipeline)),
    async hasArticle(id) {
      return (await rows('SELECT 1 FROM articles WHERE id = ?', [id])).length > 0;
    },
    async getArticle(id) {
      const [row] = await rows<{ id: string; text: string; json: string }>('SELECT id, text, json FROM articles WHERE id = ?', [id]);
      if (!row) return null;
      const events = await rows<{ json: string }>('SELECT json FROM events WHERE article_id = ? ORDER BY ord', [id]);
      return { id: row.id, ...JSON.parse(row.json), text: row.text, events: events.map((e) => JSON.parse(e.json)) } as CodedArticle;
    },
    async getEvent(id) {
      const [row] = await rows<EventRow>(`SELECT ${EVENT_COLUMNS} WHERE e.id = ?`, [id]);
      return row ? toStored(row) : null;
    },
    queryEvents: queryPage,
    async countByDay(filter: EventFilter) {
      const where = pgEventWhere(filter);
      const found = await rows<DailyCount>(
        `SELECT e.day AS day, e.quad_class AS quad_class, count(*)::int AS n FROM events e WHERE ${where.sql} GROUP BY e.day, e.quad_class ORDER BY e.day, e.quad_class`,
        where.params,
      );
      return found.map((r) => ({ ...r, day: r.day === '' ? null : r.day }));
    },
    async *iterateEvents(filter: EventFilter) {
      let cursor: string | undefined;
      do {
        const page = await queryPage({ ...filter, limit: MAX_LIMIT, cursor });
        yield* page.events;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    },
    async stats() {
      const [r] = await rows<{ articles: number; events: number }>('SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events', []);
      return r;
    },
    async close() {
      await pool.end();
    },
  };
}
