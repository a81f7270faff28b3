// SQL helpers for PostgreSQL: statements are written with "?" placeholders (as for SQLite, so the
// shared filter builder serves both) and numbered here; the event filter gets PostgreSQL's full-text
// search and boolean literals. Every value stays a bound parameter.
import { eventWhere, type SqlPart } from './event-filter-sql.ts';
import type { EventFilter } from './store.ts';

/** "a = ? AND b = ?" → "a = $1 AND b = $2". Statements here never hold a literal question mark. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const WORD = /[\p{L}\p{N}_]+\*?/gu;

/** Lower-cased, diacritics folded: what the fts column is built from and queried with. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** to_tsquery text: words ANDed, a trailing * a prefix; words are [letters digits _] only, so inert. */
export function toTsQuery(q: string): string | null {
  const words = (foldText(q).match(WORD) ?? []).slice(0, 20);
  if (words.length === 0) return null;
  return words.map((w) => (w.endsWith('*') ? `'${w.slice(0, -1)}':*` : `'${w}'`)).join(' & ');
}

export function pgEventWhere(f: EventFilter): SqlPart {
  const { q, ...rest } = f;
  const base = eventWhere(rest);
  const parts: SqlPart[] = base.sql === '1' ? [] : [base];
  if (q !== undefined) {
    const query = toTsQuery(q);
    parts.push(query === null ? { sql: 'FALSE', params: [] } : { sql: "e.fts @@ to_tsquery('simple', ?)", params: [query] });
  }
  if (parts.length === 0) return { sql: 'TRUE', params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}
