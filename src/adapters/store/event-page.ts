// Keyset pagination over events in (day, id) order, the same for every SQL store: the query for a
// page after a WHERE clause (`?` placeholders) and the page made of the rows it returned.
import { decodeCursor, encodeCursor } from './cursor.ts';
import { EVENT_COLUMNS, type EventRow, toStored } from './event-row.ts';
import { DEFAULT_LIMIT, type EventPage, type EventQuery, MAX_LIMIT } from './store.ts';

/** The page size asked for, within 1 … MAX_LIMIT (DEFAULT_LIMIT when none or not a number). */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** The events after the query's cursor that match `where`, one more than the page to tell whether there is a next. */
export function eventPageQuery(where: { readonly sql: string; readonly params: readonly unknown[] }, query: EventQuery): { sql: string; params: unknown[]; limit: number } {
  const limit = clampLimit(query.limit);
  const params = [...where.params];
  let sql = `SELECT ${EVENT_COLUMNS} WHERE ${where.sql}`;
  if (query.cursor !== undefined) {
    const key = decodeCursor(query.cursor);
    sql += ' AND (e.day, e.id) > (?, ?)';
    params.push(key.day, key.id);
  }
  sql += ' ORDER BY e.day, e.id LIMIT ?';
  params.push(limit + 1);
  return { sql, params, limit };
}

/** The page from the rows eventPageQuery's query returned. */
export function toEventPage(rows: readonly EventRow[], limit: number): EventPage {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { events: page.map(toStored), nextCursor: rows.length > limit && last ? encodeCursor({ day: last.day, id: last.id }) : null };
}
