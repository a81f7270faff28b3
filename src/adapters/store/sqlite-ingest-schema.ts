// Migration: article dedup (canonical URL, content hash, MinHash signature and LSH bands, copies of
// a stored text), event clusters, the ingest journal and feed polling state.
export const INGEST_MIGRATION = `
  ALTER TABLE articles ADD COLUMN canonical_url TEXT;
  ALTER TABLE articles ADD COLUMN content_hash TEXT;
  -- the outlet this text counts for when counting independent sources
  ALTER TABLE articles ADD COLUMN source_key TEXT;
  ALTER TABLE articles ADD COLUMN minhash BLOB;
  CREATE INDEX articles_canonical ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX articles_hash ON articles(content_hash) WHERE content_hash IS NOT NULL;

  CREATE TABLE article_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_bands_article ON article_bands(article_id);

  -- another report of a stored text: a wire copy, the same story under another outlet's boilerplate
  CREATE TABLE article_copies (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT,
    canonical_url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    kind TEXT NOT NULL,
    similarity REAL NOT NULL,
    saved_at TEXT NOT NULL
  );
  CREATE INDEX article_copies_article ON article_copies(article_id);
  CREATE INDEX article_copies_canonical ON article_copies(canonical_url) WHERE canonical_url IS NOT NULL;

  CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    root TEXT NOT NULL,
    day TEXT NOT NULL,
    source_code TEXT,
    target_code TEXT,
    src_block TEXT,
    tgt_block TEXT,
    country TEXT,
    place TEXT,
    lat REAL,
    lon REAL,
    num_mentions INTEGER NOT NULL DEFAULT 1,
    num_articles INTEGER NOT NULL DEFAULT 1,
    num_sources INTEGER NOT NULL DEFAULT 1,
    first_article TEXT
  );
  CREATE INDEX clusters_src ON clusters(root, src_block, day);
  CREATE INDEX clusters_tgt ON clusters(root, tgt_block, day);
  ALTER TABLE events ADD COLUMN cluster_id TEXT;
  CREATE INDEX events_cluster ON events(cluster_id);

  CREATE TABLE ingest_journal (
    source TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_at TEXT
  );
`;
