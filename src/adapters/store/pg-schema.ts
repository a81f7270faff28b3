// PostgreSQL schema as numbered migrations, recorded in schema_migrations and run under an advisory
// lock, so any number of workers can start at once. Text columns that are sorted or prefix-matched use
// the "C" collation: byte order, the same as SQLite's, whatever the database's locale.
import type { PoolClient } from 'pg';

const T = 'text COLLATE "C"';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id ${T} PRIMARY KEY,
    published ${T},
    title text,
    url text,
    outlet text,
    text text NOT NULL,
    json text NOT NULL,
    pipeline ${T} NOT NULL,
    saved_at ${T} NOT NULL,
    canonical_url ${T},
    content_hash ${T},
    source_key text,
    minhash bytea
  );
  CREATE INDEX articles_canonical ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX articles_hash ON articles(content_hash) WHERE content_hash IS NOT NULL;
  CREATE INDEX articles_pipeline ON articles(pipeline);

  CREATE TABLE events (
    seq bigserial UNIQUE,
    id ${T} PRIMARY KEY,
    article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord integer NOT NULL,
    day ${T} NOT NULL,
    source_code ${T},
    target_code ${T},
    source_text text,
    target_text text,
    cameo ${T} NOT NULL,
    root ${T} NOT NULL,
    quad_class integer NOT NULL,
    goldstein double precision NOT NULL,
    modality ${T} NOT NULL,
    negated boolean NOT NULL,
    rule text NOT NULL,
    pipeline text NOT NULL,
    evidence text NOT NULL,
    country ${T},
    place ${T},
    place_name text,
    lat double precision,
    lon double precision,
    claim_by ${T},
    cluster_id ${T},
    fts tsvector NOT NULL,
    json text NOT NULL
  );
  CREATE INDEX events_day ON events(day, id);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);
  CREATE INDEX events_cameo ON events(cameo);
  CREATE INDEX events_root ON events(root);
  CREATE INDEX events_article ON events(article_id, ord);
  CREATE INDEX events_country ON events(country, day);
  CREATE INDEX events_place ON events(place);
  CREATE INDEX events_claim_by ON events(claim_by);
  CREATE INDEX events_cluster ON events(cluster_id);
  CREATE INDEX events_fts ON events USING gin(fts);

  CREATE TABLE article_bands (
    band ${T} NOT NULL,
    article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
  );
  CREATE INDEX article_bands_article ON article_bands(article_id);

  CREATE TABLE article_copies (
    id ${T} PRIMARY KEY,
    article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url text,
    canonical_url ${T},
    outlet text,
    title text,
    published ${T},
    kind text NOT NULL,
    similarity double precision NOT NULL,
    saved_at text NOT NULL
  );
  CREATE INDEX article_copies_article ON article_copies(article_id);
  CREATE INDEX article_copies_canonical ON article_copies(canonical_url) WHERE canonical_url IS NOT NULL;

  CREATE TABLE clusters (
    id ${T} PRIMARY KEY,
    root ${T} NOT NULL,
    day ${T} NOT NULL,
    source_code ${T},
    target_code ${T},
    src_block ${T},
    tgt_block ${T},
    country ${T},
    place text,
    lat double precision,
    lon double precision,
    num_mentions integer NOT NULL DEFAULT 1,
    num_articles integer NOT NULL DEFAULT 1,
    num_sources integer NOT NULL DEFAULT 1,
    first_article ${T}
  );
  CREATE INDEX clusters_src ON clusters(root, src_block, day);
  CREATE INDEX clusters_tgt ON clusters(root, tgt_block, day);

  CREATE TABLE ingest_journal (
    source ${T} PRIMARY KEY,
    position bigint NOT NULL,
    updated_at text NOT NULL
  );

  CREATE TABLE feeds (
    url ${T} PRIMARY KEY,
    etag text,
    last_modified text,
    checked_at text,
    failures integer NOT NULL DEFAULT 0,
    next_at text
  );
  `,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;
/** advisory lock keys: migrations, and the ingest critical section (dedup + clustering) */
export const MIGRATION_LOCK = 7_301_001;
export const INGEST_LOCK = 7_301_002;

export async function migratePg(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    for (let v = rows[0]?.v ?? 0; v < MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v]);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
