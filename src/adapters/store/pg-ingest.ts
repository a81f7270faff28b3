// The ingest side of the PostgreSQL store: the same decisions as sqlite-ingest.ts. Every batch runs
// in one transaction under an advisory lock, so workers on several machines never race dedup or
// clustering (they code in parallel; only the short save is serialised).
import type { Pool, PoolClient } from 'pg';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { urlHost } from '../../ingest/canonical-url.ts';
import { sourceKey } from '../../ingest/cluster-key.ts';
import { type ArticleFingerprint, NEAR_DUPLICATE_THRESHOLD } from '../../ingest/fingerprint.ts';
import { signatureFromBytes, signatureToBytes, similarity } from '../../ingest/minhash.ts';
import type { DuplicateHit, FeedState, IngestItem, IngestOutcome, IngestQueries } from './ingest-types.ts';
import { pgAssign, pgClustersOf, pgGetCluster, pgRecount } from './pg-clusters.ts';
import { pgSaveArticle } from './pg-save.ts';
import { INGEST_LOCK } from './pg-schema.ts';

type Tx = <T>(fn: (client: PoolClient) => Promise<T>) => Promise<T>;

async function one<T>(client: PoolClient, sql: string, params: unknown[]): Promise<T | undefined> {
  return (await client.query(sql, params)).rows[0] as T | undefined;
}

async function nearest(client: PoolClient, fp: ArticleFingerprint): Promise<DuplicateHit | null> {
  if (!fp.minhash || fp.bands.length === 0) return null;
  const rows = await client.query<{ id: string; minhash: Buffer }>(
    'SELECT a.id, a.minhash FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM article_bands WHERE band = ANY($1::text[])) AND a.minhash IS NOT NULL',
    [fp.bands],
  );
  let best: DuplicateHit | null = null;
  for (const r of rows.rows) {
    const s = similarity(fp.minhash, signatureFromBytes(r.minhash));
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { kind: 'near', of: r.id, similarity: s };
  }
  return best;
}

// id, copy id, canonical URL (text or copy) and content hash in one round trip; rank = precedence
const EXACT = `
  (SELECT 1 AS rank, id AS of FROM articles WHERE id = $1)
  UNION ALL (SELECT 2, article_id FROM article_copies WHERE id = $1)
  UNION ALL (SELECT 3, id FROM articles WHERE $2::text IS NOT NULL AND canonical_url = $2 LIMIT 1)
  UNION ALL (SELECT 4, article_id FROM article_copies WHERE $2::text IS NOT NULL AND canonical_url = $2 LIMIT 1)
  UNION ALL (SELECT 5, id FROM articles WHERE content_hash = $3 LIMIT 1)
  ORDER BY rank LIMIT 1`;
const KIND: Record<number, DuplicateHit['kind']> = { 1: 'id', 2: 'id', 3: 'url', 4: 'url', 5: 'hash' };

export async function pgFind(client: PoolClient, id: string, fp: ArticleFingerprint): Promise<DuplicateHit | null> {
  const hit = await one<{ rank: number; of: string }>(client, EXACT, [id, fp.canonicalUrl, fp.contentHash]);
  if (hit) return { kind: KIND[hit.rank], of: hit.of, similarity: 1 };
  return nearest(client, fp);
}

async function storeText(client: PoolClient, article: CodedArticle, item: IngestItem, pipeline: string, touched: Set<string>): Promise<void> {
  for (const c of await pgClustersOf(client, article.id)) touched.add(c);
  await pgSaveArticle(client, article, pipeline);
  const fp = item.fingerprint;
  const key = sourceKey({ id: article.id, outlet: item.meta.outlet, url: item.meta.url }, urlHost(item.meta.url));
  await client.query('UPDATE articles SET canonical_url = $1, content_hash = $2, source_key = $3, minhash = $4 WHERE id = $5', [
    fp.canonicalUrl, fp.contentHash, key, fp.minhash ? signatureToBytes(fp.minhash) : null, article.id,
  ]);
  await client.query('DELETE FROM article_bands WHERE article_id = $1', [article.id]);
  if (fp.bands.length) await client.query('INSERT INTO article_bands (band, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [fp.bands, article.id]);
  for (const c of await pgAssign(client, article.id, article.events)) touched.add(c);
}

/** A transaction holding the ingest lock. */
export function lockedTx(pool: Pool): Tx {
  return async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      const r = await fn(client);
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  };
}

/** saveArticle with clustering, for a client inside a locked transaction. */
export async function pgSaveClustered(client: PoolClient, article: CodedArticle, pipeline: string): Promise<{ inserted: boolean }> {
  const touched = new Set(await pgClustersOf(client, article.id));
  const r = await pgSaveArticle(client, article, pipeline);
  for (const c of await pgAssign(client, article.id, article.events)) touched.add(c);
  await pgRecount(client, touched);
  return r;
}

export function pgIngestQueries(pool: Pool): IngestQueries {
  const tx = lockedTx(pool);
  const read = async <T>(fn: (client: PoolClient) => Promise<T>) => {
    const client = await pool.connect();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  };
  return {
    findDuplicates: (items) =>
      read(async (client) => {
        const out: (DuplicateHit | null)[] = [];
        for (const i of items) out.push(await pgFind(client, i.id, i.fingerprint));
        return out;
      }),
    ingest: (items, pipeline, marks = []) =>
      tx(async (client) => {
        const touched = new Set<string>();
        const out: IngestOutcome[] = [];
        const now = new Date().toISOString();
        for (const item of items) {
          const { meta, fingerprint: fp, article } = item;
          const hit = await pgFind(client, meta.id, fp);
          if (hit?.kind === 'id' && hit.of === meta.id && article) {
            await storeText(client, article, item, pipeline, touched);
            out.push({ id: meta.id, status: 'updated' });
          } else if (hit?.kind === 'id' || hit?.kind === 'url') {
            out.push({ id: meta.id, status: 'seen', of: hit.of, kind: hit.kind });
          } else if (hit) {
            await client.query(
              `INSERT INTO article_copies (id, article_id, url, canonical_url, outlet, title, published, kind, similarity, saved_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
              [meta.id, hit.of, meta.url, fp.canonicalUrl, meta.outlet, meta.title, meta.published, hit.kind, hit.similarity, now],
            );
            for (const c of await pgClustersOf(client, hit.of)) touched.add(c);
            out.push({ id: meta.id, status: 'copy', of: hit.of, kind: hit.kind });
          } else if (article) {
            await storeText(client, article, item, pipeline, touched);
            out.push({ id: meta.id, status: 'new' });
          } else {
            throw new DyadError('E_INTERNAL', `ingest: ${meta.id} came without its coded article but duplicates nothing stored`, { uncoded: true, id: meta.id });
          }
        }
        await pgRecount(client, touched);
        for (const m of marks) {
          if (m.complete) {
            await client.query('DELETE FROM ingest_journal WHERE source = $1', [m.source]);
            continue;
          }
          await client.query(
            `INSERT INTO ingest_journal (source, position, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (source) DO UPDATE SET position = greatest(ingest_journal.position, excluded.position), updated_at = excluded.updated_at`,
            [m.source, m.position, now],
          );
        }
        return out;
      }),
    journalPosition: (source) => read(async (client) => Number((await one<{ position: string }>(client, 'SELECT position FROM ingest_journal WHERE source = $1', [source]))?.position ?? 0)),
    getCluster: (id) => read((client) => pgGetCluster(client, id)),
    ingestStats: () =>
      read(async (client) => {
        const r = await one<{ articles: number; copies: number; events: number; clusters: number }>(
          client,
          `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM article_copies)::int AS copies,
             (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM clusters)::int AS clusters`,
          [],
        );
        return r ?? { articles: 0, copies: 0, events: 0, clusters: 0 };
      }),
    getFeedState: (url) =>
      read(async (client) => (await one<FeedState>(client, 'SELECT url, etag, last_modified AS "lastModified", checked_at AS "checkedAt", failures, next_at AS "nextAt" FROM feeds WHERE url = $1', [url])) ?? null),
    setFeedState: (s) =>
      read(async (client) => {
        await client.query(
          `INSERT INTO feeds (url, etag, last_modified, checked_at, failures, next_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at,
             failures = excluded.failures, next_at = excluded.next_at`,
          [s.url, s.etag, s.lastModified, s.checkedAt, s.failures, s.nextAt],
        );
      }),
  };
}
