// Builds the WHERE clause of an event query. Column names are constants here; every value is a
// bound parameter, never spliced into the SQL text.
import type { EventFilter } from './store.ts';
import { toFtsQuery } from './fts-query.ts';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** Past every ASCII code character, so [p, p + TOP) is "starts with p" and can use an index. */
const TOP = '\uffff';

/** `+column` keeps SQLite from driving the query with that column's index (it stays a filter). */
function prefix(column: string, p: string, asFilter = false): SqlPart {
  const c = asFilter ? `+${column}` : column;
  return { sql: `(${c} >= ? AND ${c} < ?)`, params: [p, p + TOP] };
}

/** West of east is the usual box; west > east is a box across the antimeridian. */
function bboxPart([west, south, east, north]: readonly [number, number, number, number]): SqlPart {
  const lat = { sql: 'e.lat >= ? AND e.lat <= ?', params: [south, north] };
  return west <= east
    ? { sql: `${lat.sql} AND e.lon >= ? AND e.lon <= ?`, params: [...lat.params, west, east] }
    : { sql: `${lat.sql} AND (e.lon >= ? OR e.lon <= ?)`, params: [...lat.params, west, east] };
}

/** The actor-code filters, probed together: two frequent codes can make a rare pair. */
export type CodeFilter = Pick<EventFilter, 'actor' | 'source' | 'target' | 'claimedBy'>;

/** A part of a filter whose selectivity a store can probe (sqlite-density.ts). */
export type DenseTerm = { kind: 'fts'; match: string } | { kind: 'codes'; filter: CodeFilter };

export interface WhereOptions {
  /**
   * True when a term matches so many events that a page of them is found faster by walking events
   * in (day, id) order and testing each (the term is then written as a filter, not as an index
   * lookup) than by fetching every match and sorting. Only for paged queries ordered by (day, id).
   */
  dense?: (term: DenseTerm) => boolean;
}

export function eventWhere(f: EventFilter, opts: WhereOptions = {}): SqlPart {
  const parts: SqlPart[] = [];
  if (f.from !== undefined) parts.push({ sql: "e.day <> '' AND e.day >= ?", params: [f.from.slice(0, 10)] });
  if (f.to !== undefined) parts.push({ sql: "e.day <> '' AND e.day <= ?", params: [f.to.slice(0, 10)] });
  const codes: CodeFilter = Object.fromEntries(
    (['actor', 'source', 'target', 'claimedBy'] as const).filter((k) => f[k] !== undefined).map((k) => [k, f[k]]),
  );
  const asFilter = Object.keys(codes).length > 0 && (opts.dense?.({ kind: 'codes', filter: codes }) ?? false);
  if (f.actor !== undefined) {
    const s = prefix('e.source_code', f.actor, asFilter);
    const t = prefix('e.target_code', f.actor, asFilter);
    parts.push({ sql: `(${s.sql} OR ${t.sql})`, params: [...s.params, ...t.params] });
  }
  if (f.source !== undefined) parts.push(prefix('e.source_code', f.source, asFilter));
  if (f.target !== undefined) parts.push(prefix('e.target_code', f.target, asFilter));
  if (f.cameo !== undefined) parts.push(prefix('e.cameo', f.cameo));
  if (f.quadClass !== undefined) parts.push({ sql: 'e.quad_class = ?', params: [f.quadClass] });
  if (f.modality !== undefined) parts.push({ sql: 'e.modality = ?', params: [f.modality] });
  if (f.root !== undefined) parts.push({ sql: 'e.root = ?', params: [f.root] });
  if (f.country !== undefined) parts.push({ sql: 'e.country = ?', params: [f.country] });
  if (f.place !== undefined) parts.push({ sql: 'e.place = lower(?)', params: [f.place] });
  if (f.claimedBy !== undefined) parts.push(prefix('e.claim_by', f.claimedBy, asFilter));
  if (f.bbox !== undefined) parts.push(bboxPart(f.bbox));
  if (f.q !== undefined) {
    const match = toFtsQuery(f.q);
    parts.push(
      match === null
        ? { sql: '0', params: [] }
        : { sql: `${opts.dense?.({ kind: 'fts', match }) ? '+' : ''}e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, params: [match] },
    );
  }
  if (parts.length === 0) return { sql: '1', params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}
