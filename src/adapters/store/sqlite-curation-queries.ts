// CurationQueries on SQLite: the uncoded actors come out of the events' JSON (source/target
// {text, code}); source_code/target_code IS NULL narrows the scan before json_extract runs.
import type { Database } from 'better-sqlite3';
import type { CurationQueries, UnknownActor } from './curation-queries.ts';

const UNCODED = (role: 'source' | 'target') => `
  SELECT json_extract(json, '$.${role}.text') AS text, evidence, article_id, id FROM events
  WHERE ${role}_code IS NULL AND json_extract(json, '$.${role}.text') IS NOT NULL`;

// one row per lower-cased text: its count and its first example by (article, event id)
const UNKNOWN_ACTORS = `
  SELECT text, n, evidence AS example, article_id, id AS event_id FROM (
    SELECT text, evidence, article_id, id,
      count(*) OVER (PARTITION BY lower(text)) AS n,
      row_number() OVER (PARTITION BY lower(text) ORDER BY article_id, id) AS k
    FROM (${UNCODED('source')} UNION ALL ${UNCODED('target')})
  ) WHERE k = 1 ORDER BY n DESC, lower(text) LIMIT ?`;

export function sqliteCurationQueries(db: Database): CurationQueries {
  const allIds = db.prepare('SELECT id FROM articles ORDER BY id').pluck();
  const staleIds = db.prepare('SELECT id FROM articles WHERE pipeline <> ? ORDER BY id').pluck();
  const unknown = db.prepare(UNKNOWN_ACTORS);
  return {
    async listArticleIds(filter = {}) {
      return (filter.pipelineNot === undefined ? allIds.all() : staleIds.all(filter.pipelineNot)) as string[];
    },
    async unknownActors(limit) {
      return unknown.all(Math.max(1, Math.floor(limit))) as UnknownActor[];
    },
  };
}
