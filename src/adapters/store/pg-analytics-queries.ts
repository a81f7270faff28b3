// AnalyticsQueries and CurationQueries on PostgreSQL: the SQLite statements of
// sqlite-analytics-queries.ts / sqlite-curation-queries.ts in PostgreSQL's dialect (counts cast to
// integers, weeks from date_trunc, names from plain columns instead of JSON paths).
import type { Pool } from 'pg';
import type { ActorCount, ActorDetail, AnalyticsQueries, ArticleSummary, DyadCount, GroupBy, Period, PeriodCount, PlaceCount } from './analytics-queries.ts';
import type { CurationQueries, UnknownActor } from './curation-queries.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { numbered, pgEventWhere } from './pg-sql.ts';

const PERIOD: Record<Period, string> = {
  day: "NULLIF(e.day, '')",
  // the Monday on or before the day
  week: "to_char(date_trunc('week', NULLIF(e.day, '')::date), 'YYYY-MM-DD')",
};
const GROUP: Record<GroupBy, string> = { quad_class: 'CAST(e.quad_class AS TEXT)', root: 'e.root', none: 'NULL' };
const TOP = '\uffff';
const clamp = (n: number | undefined, fallback: number, max: number) => (n === undefined || !Number.isFinite(n) ? fallback : Math.min(max, Math.max(1, Math.floor(n))));
const round2 = (x: number) => Math.round(x * 100) / 100;

export function pgAnalyticsQueries(pool: Pool): AnalyticsQueries & CurationQueries {
  const all = async <T>(sql: string, params: unknown[]): Promise<T[]> => (await pool.query(numbered(sql), params)).rows as T[];

  return {
    async countByPeriod(filter, { period, by }) {
      const where = pgEventWhere(filter);
      const rows = await all<PeriodCount>(
        `SELECT ${PERIOD[period]} AS period, ${GROUP[by]} AS key, count(*)::int AS n, coalesce(sum(e.goldstein), 0)::float8 AS goldstein
         FROM events e WHERE ${where.sql} GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST`,
        where.params,
      );
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },
    async topDyads(filter, query = {}) {
      const where = pgEventWhere(filter);
      const cut = query.codeLength === undefined ? null : clamp(query.codeLength, 3, 60);
      const code = (col: string) => (cut === null ? col : `substr(${col}, 1, ?::int)`);
      const rows = await all<DyadCount>(
        `SELECT ${code('e.source_code')} AS source, ${code('e.target_code')} AS target, count(*)::int AS n, coalesce(sum(e.goldstein), 0)::float8 AS goldstein
         FROM events e WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND ${where.sql}
         GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?`,
        [...(cut === null ? [] : [cut, cut]), ...where.params, clamp(query.limit, 20, 500)],
      );
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },
    async countByPlace(filter, limit) {
      const where = pgEventWhere(filter);
      const rows = await all<PlaceCount>(
        `SELECT min(e.place_name) AS name, e.country AS country, e.lat AS lat, e.lon AS lon, count(*)::int AS n, coalesce(sum(e.goldstein), 0)::float8 AS goldstein
         FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND ${where.sql}
         GROUP BY e.lat, e.lon, e.country ORDER BY n DESC, name LIMIT ?`,
        [...where.params, clamp(limit, 500, 5000)],
      );
      return rows.map((r) => ({ ...r, goldstein: round2(r.goldstein) }));
    },
    async listActors(filter, query = {}) {
      const where = pgEventWhere(filter);
      const pre = query.prefix;
      const side = (col: string, s: number, t: number) =>
        `SELECT ${col} AS code, ${s} AS s, ${t} AS t FROM events e WHERE ${col} IS NOT NULL${pre === undefined ? '' : ` AND ${col} >= ? AND ${col} < ?`} AND ${where.sql}`;
      const one = [...(pre === undefined ? [] : [pre, pre + TOP]), ...where.params];
      return all<ActorCount>(
        `SELECT code, sum(s)::int AS "asSource", sum(t)::int AS "asTarget", count(*)::int AS n FROM (
           ${side('e.source_code', 1, 0)} UNION ALL ${side('e.target_code', 0, 1)}
         ) sides GROUP BY code ORDER BY n DESC, code LIMIT ?`,
        [...one, ...one, clamp(query.limit, 100, 1000)],
      );
    },
    async getActor(code) {
      const [side] = await all<{ asSource: number; asTarget: number }>(
        'SELECT (SELECT count(*) FROM events WHERE source_code = ?)::int AS "asSource", (SELECT count(*) FROM events WHERE target_code = ?)::int AS "asTarget"',
        [code, code],
      );
      const n = side.asSource + side.asTarget;
      if (n === 0) return null;
      const names = await all<{ text: string; n: number }>(
        `SELECT text, count(*)::int AS n FROM (
           SELECT CASE WHEN source_code = ? THEN source_text ELSE target_text END AS text
           FROM events WHERE source_code = ? OR target_code = ? ORDER BY day DESC LIMIT 2000
         ) t WHERE text IS NOT NULL GROUP BY text ORDER BY n DESC, text LIMIT 10`,
        [code, code, code],
      );
      return { code, ...side, n, names } satisfies ActorDetail;
    },
    async listArticles(query) {
      const limit = clamp(query.limit, 100, 1000);
      const after = query.cursor === undefined ? '' : decodeCursor(query.cursor).id;
      const rows = await all<ArticleSummary>(
        `SELECT a.id, a.published, a.title, a.url, a.outlet, (SELECT count(*) FROM events e WHERE e.article_id = a.id)::int AS events
         FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
        [after, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { articles: page, nextCursor: rows.length > limit && last ? encodeCursor({ day: '', id: last.id }) : null };
    },
    async listArticleIds(filter = {}) {
      const rows = filter.pipelineNot === undefined ? await all<{ id: string }>('SELECT id FROM articles ORDER BY id', []) : await all<{ id: string }>('SELECT id FROM articles WHERE pipeline <> ? ORDER BY id', [filter.pipelineNot]);
      return rows.map((r) => r.id);
    },
    async unknownActors(limit) {
      const uncoded = (role: 'source' | 'target') => `SELECT ${role}_text AS text, evidence, article_id, id FROM events WHERE ${role}_code IS NULL AND ${role}_text IS NOT NULL`;
      return all<UnknownActor>(
        `SELECT text, n, evidence AS example, article_id, id AS event_id FROM (
           SELECT text, evidence, article_id, id, count(*) OVER (PARTITION BY lower(text))::int AS n,
             row_number() OVER (PARTITION BY lower(text) ORDER BY article_id, id) AS k
           FROM (${uncoded('source')} UNION ALL ${uncoded('target')}) u
         ) ranked WHERE k = 1 ORDER BY n DESC, lower(text) LIMIT ?`,
        [Math.max(1, Math.floor(limit))],
      );
    },
  };
}
