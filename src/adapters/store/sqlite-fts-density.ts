// Whether a full-text query matches so many events that a page of them is found faster by walking
// the events in (day, id) order and checking each against the match list than by sorting every match
// (1M events: a word in 10% of them, 100 ms → 10 ms). A bounded count in FTS5 tells, in about 1 ms.
import type { Database } from 'better-sqlite3';

export const DENSE_MATCHES = 2000;

export function ftsDensity(db: Database): (match: string) => boolean {
  const probe = db.prepare(`SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ${DENSE_MATCHES})`).pluck();
  return (match) => (probe.get(match) as number) >= DENSE_MATCHES;
}
