// AnalyticsQueries on SQLite. Group-by expressions come from constant tables keyed by the query's
// enum values; every filter value and limit is a bound parameter.
import type { Database, Statement } from 'better-sqlite3';
import type {
  ActorCount,
  ActorDetail,
  AnalyticsQueries,
  ArticleSummary,
  DyadCount,
  GroupBy,
  Period,
  PeriodCount,
  PlaceCount,
} from './analytics-queries.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { eventWhere } from './event-filter-sql.ts';

const PERIOD: Record<Period, string> = {
  day: "NULLIF(e.day, '')",
  // the Monday on or before the day ('weekday 0' moves to the next Sunday unless it is one)
  week: "date(NULLIF(e.day, ''), 'weekday 0', '-6 days')",
};
const GROUP: Record<GroupBy, string> = {
  quad_class: 'CAST(e.quad_class AS TEXT)',
  root: 'e.root',
  none: 'NULL',
};

const TOP = '\uffff';
const clamp = (n: number | undefined, fallback: number, max: number) =>
  n === undefined || !Number.isFinite(n) ? fallback : Math.min(max, Math.max(1, Math.floor(n)));
const round2 = (x: number) => Math.round(x * 100) / 100;

export function sqliteAnalyticsQueries(db: Database): AnalyticsQueries {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st;
  };
  const actorSide = db.prepare(`SELECT
      (SELECT count(*) FROM events WHERE source_code = ?) AS asSource,
      (SELECT count(*) FROM events WHERE target_code = ?) AS asTarget`);
  const actorNames = db.prepare(`SELECT text, count(*) AS n FROM (
      SELECT CASE WHEN source_code = @code THEN json_extract(json, '$.source.text')
        ELSE json_extract(json, '$.target.text') END AS text
      FROM events WHERE source_code = @code OR target_code = @code ORDER BY day DESC LIMIT 2000
    ) WHERE text IS NOT NULL GROUP BY text ORDER BY n DESC, text LIMIT 10`);
  const articlesAfter = db.prepare(`SELECT a.id, a.published, a.title, a.url, a.outlet,
      (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
    FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`);

  return {
    async countByPeriod(filter, { period, by }) {
      const where = eventWhere(filter);
      const sql = `SELECT ${PERIOD[period]} AS period, ${GROUP[by]} AS key, count(*) AS n,
          total(e.goldstein) AS goldstein
        FROM events e WHERE ${where.sql} GROUP BY 1, 2 ORDER BY 1, 2`;
      const rows = prepared(sql).all(...where.params) as PeriodCount[];
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },

    async topDyads(filter, query = {}) {
      const where = eventWhere(filter);
      const cut = query.codeLength === undefined ? null : clamp(query.codeLength, 3, 60);
      const code = (col: string) => (cut === null ? col : `substr(${col}, 1, ?)`);
      const sql = `SELECT ${code('e.source_code')} AS source, ${code('e.target_code')} AS target,
          count(*) AS n, total(e.goldstein) AS goldstein
        FROM events e WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND ${where.sql}
        GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?`;
      const params = [...(cut === null ? [] : [cut, cut]), ...where.params, clamp(query.limit, 20, 500)];
      const rows = prepared(sql).all(...params) as DyadCount[];
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },

    async countByPlace(filter, limit) {
      const where = eventWhere(filter);
      const sql = `SELECT min(e.place_name) AS name, e.country AS country, e.lat AS lat,
          e.lon AS lon, count(*) AS n, total(e.goldstein) AS goldstein
        FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND ${where.sql}
        GROUP BY e.lat, e.lon, e.country ORDER BY n DESC, name LIMIT ?`;
      const rows = prepared(sql).all(...where.params, clamp(limit, 500, 5000)) as PlaceCount[];
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },

    async listActors(filter, query = {}) {
      const where = eventWhere(filter);
      const pre = query.prefix;
      const side = (col: string, s: number, t: number) =>
        `SELECT ${col} AS code, ${s} AS s, ${t} AS t FROM events e WHERE ${col} IS NOT NULL` +
        `${pre === undefined ? '' : ` AND ${col} >= ? AND ${col} < ?`} AND ${where.sql}`;
      const sql = `SELECT code, sum(s) AS asSource, sum(t) AS asTarget, count(*) AS n FROM (
          ${side('e.source_code', 1, 0)} UNION ALL ${side('e.target_code', 0, 1)}
        ) GROUP BY code ORDER BY n DESC, code LIMIT ?`;
      const one = [...(pre === undefined ? [] : [pre, pre + TOP]), ...where.params];
      return prepared(sql).all(...one, ...one, clamp(query.limit, 100, 1000)) as ActorCount[];
    },

    async getActor(code) {
      const side = actorSide.get(code, code) as { asSource: number; asTarget: number };
      const n = side.asSource + side.asTarget;
      if (n === 0) return null;
      const names = actorNames.all({ code }) as { text: string; n: number }[];
      return { code, ...side, n, names } satisfies ActorDetail;
    },

    async listArticles(query) {
      const limit = clamp(query.limit, 100, 1000);
      const after = query.cursor === undefined ? '' : decodeCursor(query.cursor).id;
      const rows = articlesAfter.all(after, limit + 1) as ArticleSummary[];
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { articles: page, nextCursor: rows.length > limit && last ? encodeCursor({ day: '', id: last.id }) : null };
    },
  };
}
