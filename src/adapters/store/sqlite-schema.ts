// SQLite schema as numbered migrations; PRAGMA user_version records how many have run.
import type { Database } from 'better-sqlite3';
import { COVER_INDEXES_MIGRATION } from './sqlite-cover-indexes.ts';
import { FILTER_COLUMNS_MIGRATION } from './sqlite-filter-columns.ts';
import { INGEST_MIGRATION } from './sqlite-ingest-schema.ts';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    published TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    text TEXT NOT NULL,
    -- the article minus text and events: sentences, mentions, attributions, messages, extra fields.
    -- Mentions and attributions ride along with their article (one row, not ~50) to keep ingest fast.
    json TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    saved_at TEXT NOT NULL
  );

  -- seq is the rowid the FTS index points at; it survives re-saves because events are upserted by id
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    -- YYYY-MM-DD, or '' when the event has no date (keeps keyset pagination free of NULLs)
    day TEXT NOT NULL,
    source_code TEXT,
    target_code TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    modality TEXT NOT NULL,
    negated INTEGER NOT NULL,
    rule TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    evidence TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX events_day ON events(day, id);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);
  CREATE INDEX events_cameo ON events(cameo);
  CREATE INDEX events_root ON events(root);
  CREATE INDEX events_article ON events(article_id, ord);

  CREATE VIRTUAL TABLE events_fts USING fts5(
    evidence, content='events', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, evidence) VALUES (new.seq, new.evidence);
  END;
  CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.seq, old.evidence);
  END;
  CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.seq, old.evidence);
    INSERT INTO events_fts(rowid, evidence) VALUES (new.seq, new.evidence);
  END;
  `,
  FILTER_COLUMNS_MIGRATION,
  INGEST_MIGRATION,
  COVER_INDEXES_MIGRATION,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the migrations this database has not seen yet, each in its own transaction. The transaction
 * takes the write lock first and reads the version again under it: two processes opening a new store
 * at once (an ingest and a server) run each migration once.
 */
export function migrate(db: Database): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const step = db.transaction(() => {
    const v = version();
    if (v >= MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[v]);
    // PRAGMA cannot take a bound parameter; v is a version number read from the database, not input
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  while (version() < MIGRATIONS.length && step.immediate()) {}
}
