// The ingest side of the PostgreSQL store: the same decisions as sqlite-ingest.ts, a batch at a time.
// A batch is one transaction in two parts:
//   1. without any lock: the coded articles are written (rows, events with their full-text vectors,
//      fingerprints, LSH bands; pg-save.ts), a few statements for the whole batch;
//   2. under the ingest advisory lock: which items are duplicates is decided against everything
//      committed (two lookups for the batch) and against the batch itself, in order; rows written in
//      part 1 for items that turn out to be duplicates go again; copies are recorded; events are
//      clustered; touched clusters recounted; the journal marks written. Then COMMIT.
// Only the decisions that must not race (dedup and clustering) are serialised, so workers on several
// machines write in parallel and hold the lock for a dozen short statements per batch.
import type { Pool, PoolClient } from 'pg';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { urlHost } from '../../ingest/canonical-url.ts';
import { sourceKey } from '../../ingest/cluster-key.ts';
import { type ArticleFingerprint, NEAR_DUPLICATE_THRESHOLD } from '../../ingest/fingerprint.ts';
import { signatureFromBytes, signatureToBytes, similarity } from '../../ingest/minhash.ts';
import type { DuplicateHit, FeedState, IngestItem, IngestOutcome, IngestQueries } from './ingest-types.ts';
import { pgAssign, pgClustersOf, pgGetCluster, pgRecount } from './pg-clusters.ts';
import { type ArticleToSave, pgUpsertArticles } from './pg-save.ts';
import { INGEST_LOCK } from './pg-schema.ts';

/** A transaction; `lock()` takes the ingest lock, held until it ends. */
type Tx = <T>(fn: (client: PoolClient, lock: () => Promise<void>) => Promise<T>) => Promise<T>;

export function pgTx(pool: Pool): Tx {
  return async (fn) => {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const r = await fn(client, async () => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      });
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      // a connection that could not even roll back is not given back to the pool
      client.release(broken);
    }
  };
}

/** Precedence of a duplicate hit, as in sqlite-ingest.ts: id, copy id, URL, copy URL, content hash, near text. */
type Rank = 1 | 2 | 3 | 4 | 5 | 6;
interface Hit {
  rank: Rank;
  of: string;
  similarity: number;
}
const KIND: Record<Rank, DuplicateHit['kind']> = { 1: 'id', 2: 'id', 3: 'url', 4: 'url', 5: 'hash', 6: 'near' };
const toDuplicate = (h: Hit | null): DuplicateHit | null => (h ? { kind: KIND[h.rank], of: h.of, similarity: h.similarity } : null);
const better = (a: Hit | null, b: Hit | null): Hit | null => {
  if (!a || !b) return a ?? b;
  if (a.rank !== b.rank) return a.rank < b.rank ? a : b;
  return b.similarity > a.similarity ? b : a;
};

// id, copy id, canonical URL (text or copy) and content hash of every probe in one statement;
// $4: article rows this transaction inserted itself (not yet decided), which are not hits
const EXACT = `
  SELECT q.i::int AS i, h.rank, h.of FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(id, url, hash, i)
  CROSS JOIN LATERAL (
    (SELECT 1 AS rank, a.id AS of FROM articles a WHERE a.id = q.id AND NOT (a.id = ANY($4::text[])))
    UNION ALL (SELECT 2, c.article_id FROM article_copies c WHERE c.id = q.id)
    UNION ALL (SELECT 3, a.id FROM articles a WHERE q.url IS NOT NULL AND a.canonical_url = q.url AND NOT (a.id = ANY($4::text[])) LIMIT 1)
    UNION ALL (SELECT 4, c.article_id FROM article_copies c WHERE q.url IS NOT NULL AND c.canonical_url = q.url LIMIT 1)
    UNION ALL (SELECT 5, a.id FROM articles a WHERE a.content_hash = q.hash AND NOT (a.id = ANY($4::text[])) LIMIT 1)
    ORDER BY rank LIMIT 1
  ) h`;
const NEAR = `SELECT DISTINCT b.band, a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id
  WHERE b.band = ANY($1::text[]) AND a.minhash IS NOT NULL AND NOT (a.id = ANY($2::text[]))`;

interface Probe {
  readonly id: string;
  readonly fingerprint: ArticleFingerprint;
}

/** The best stored duplicate of every probe, in two statements, ignoring the articles in `exclude`. */
async function storedHits(client: PoolClient, probes: readonly Probe[], exclude: readonly string[]): Promise<(Hit | null)[]> {
  const out: (Hit | null)[] = probes.map(() => null);
  if (probes.length === 0) return out;
  const exact = await client.query<{ i: number; rank: Rank; of: string }>(EXACT, [
    probes.map((p) => p.id),
    probes.map((p) => p.fingerprint.canonicalUrl),
    probes.map((p) => p.fingerprint.contentHash),
    exclude,
  ]);
  for (const r of exact.rows) out[r.i - 1] = { rank: r.rank, of: r.of, similarity: 1 };
  const bands = [...new Set(probes.flatMap((p, i) => (out[i] || !p.fingerprint.minhash ? [] : p.fingerprint.bands)))];
  if (bands.length === 0) return out;
  const near = await client.query<{ band: string; id: string; minhash: Buffer }>(NEAR, [bands, exclude]);
  const byBand = new Map<string, { id: string; sig: Uint32Array }[]>();
  const sigs = new Map<string, Uint32Array>();
  for (const r of near.rows) {
    let sig = sigs.get(r.id);
    if (!sig) sigs.set(r.id, (sig = signatureFromBytes(r.minhash)));
    const list = byBand.get(r.band);
    if (list) list.push({ id: r.id, sig });
    else byBand.set(r.band, [{ id: r.id, sig }]);
  }
  probes.forEach((p, i) => {
    if (out[i] || !p.fingerprint.minhash) return;
    out[i] = nearestOf(p.fingerprint, byBand);
  });
  return out;
}

function nearestOf(fp: ArticleFingerprint, byBand: Map<string, { id: string; sig: Uint32Array }[]>): Hit | null {
  if (!fp.minhash) return null;
  let best: Hit | null = null;
  const done = new Set<string>();
  for (const band of fp.bands)
    for (const c of byBand.get(band) ?? []) {
      if (done.has(c.id)) continue;
      done.add(c.id);
      const s = similarity(fp.minhash, c.sig);
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { rank: 6, of: c.id, similarity: s };
    }
  return best;
}

/** What the items decided so far in a batch look like to the items after them. */
class BatchIndex {
  private readonly ids = new Map<string, Hit>();
  private readonly urls = new Map<string, Hit>();
  private readonly hashes = new Map<string, string>();
  private readonly bands = new Map<string, { id: string; sig: Uint32Array }[]>();

  private static set(map: Map<string, Hit>, key: string, hit: Hit): void {
    const had = map.get(key);
    if (!had || hit.rank < had.rank) map.set(key, hit);
  }

  text(id: string, fp: ArticleFingerprint): void {
    BatchIndex.set(this.ids, id, { rank: 1, of: id, similarity: 1 });
    if (fp.canonicalUrl) BatchIndex.set(this.urls, fp.canonicalUrl, { rank: 3, of: id, similarity: 1 });
    if (!this.hashes.has(fp.contentHash)) this.hashes.set(fp.contentHash, id);
    if (fp.minhash)
      for (const b of fp.bands) {
        const list = this.bands.get(b);
        if (list) list.push({ id, sig: fp.minhash });
        else this.bands.set(b, [{ id, sig: fp.minhash }]);
      }
  }

  copy(id: string, of: string, fp: ArticleFingerprint): void {
    BatchIndex.set(this.ids, id, { rank: 2, of, similarity: 1 });
    if (fp.canonicalUrl) BatchIndex.set(this.urls, fp.canonicalUrl, { rank: 4, of, similarity: 1 });
  }

  find(id: string, fp: ArticleFingerprint): Hit | null {
    const byId = this.ids.get(id);
    if (byId) return byId;
    const byUrl = fp.canonicalUrl ? this.urls.get(fp.canonicalUrl) : undefined;
    if (byUrl) return byUrl;
    const byHash = this.hashes.get(fp.contentHash);
    if (byHash !== undefined) return { rank: 5, of: byHash, similarity: 1 };
    return nearestOf(fp, this.bands);
  }
}

function toSave(item: IngestItem, article: CodedArticle): ArticleToSave {
  const fp = item.fingerprint;
  return {
    article,
    fp: {
      canonicalUrl: fp.canonicalUrl,
      contentHash: fp.contentHash,
      sourceKey: sourceKey({ id: article.id, outlet: item.meta.outlet, url: item.meta.url }, urlHost(item.meta.url)),
      minhash: fp.minhash ? signatureToBytes(fp.minhash) : null,
      bands: fp.bands,
    },
  };
}

/** Recounts what changed: `touched` minus the clusters a new article started alone (their defaults are right). */
async function recount(client: PoolClient, touched: Iterable<string>, lonely: Map<string, string>, newArticles: Set<string>, always: Iterable<string>): Promise<void> {
  const ids = new Set<string>();
  for (const c of touched) {
    const starter = lonely.get(c);
    if (starter === undefined || !newArticles.has(starter)) ids.add(c);
  }
  for (const c of always) ids.add(c);
  await pgRecount(client, ids);
}

/** Saves articles with clustering (saveArticle, saveArticles): written first, clustered under the lock. */
export async function pgSaveClustered(client: PoolClient, lock: () => Promise<void>, articles: readonly CodedArticle[], pipeline: string): Promise<{ inserted: number }> {
  const saved = await pgUpsertArticles(client, articles.map((article) => ({ article })), pipeline);
  await lock();
  const { touched, lonely } = await pgAssign(client, saved.articles);
  await recount(client, touched, lonely, saved.inserted, saved.oldClusters);
  return { inserted: saved.inserted.size };
}

export function pgIngestQueries(pool: Pool): IngestQueries {
  const tx = pgTx(pool);
  const read = async <T>(fn: (client: PoolClient) => Promise<T>) => {
    const client = await pool.connect();
    try {
      const r = await fn(client);
      client.release();
      return r;
    } catch (e) {
      // the connection may be gone: do not give it back to the pool
      client.release(true);
      throw e;
    }
  };
  return {
    findDuplicates: (items) => read(async (client) => (await storedHits(client, items, [])).map(toDuplicate)),
    ingest: (items, pipeline, marks = []) =>
      tx(async (client, lock) => {
        // 1. write every coded article, unlocked
        const saved = await pgUpsertArticles(
          client,
          items.flatMap((it) => (it.article ? [toSave(it, it.article)] : [])),
          pipeline,
        );
        const speculative = [...saved.inserted];
        // 2. decide, under the lock, against what is committed and what came before in the batch
        await lock();
        const stored = await storedHits(client, items.map((it) => ({ id: it.meta.id, fingerprint: it.fingerprint })), speculative);
        const batch = new BatchIndex();
        const out: IngestOutcome[] = [];
        const texts = new Map<string, CodedArticle>();
        const copies: { item: IngestItem; hit: Hit }[] = [];
        items.forEach((item, i) => {
          const { meta, fingerprint: fp, article } = item;
          const hit = better(stored[i], batch.find(meta.id, fp));
          if (hit && hit.rank === 1 && hit.of === meta.id && article) {
            texts.set(meta.id, article);
            batch.text(meta.id, fp);
            out.push({ id: meta.id, status: 'updated' });
          } else if (hit && hit.rank <= 4) {
            out.push({ id: meta.id, status: 'seen', of: hit.of, kind: KIND[hit.rank] });
          } else if (hit) {
            copies.push({ item, hit });
            batch.copy(meta.id, hit.of, fp);
            out.push({ id: meta.id, status: 'copy', of: hit.of, kind: KIND[hit.rank] });
          } else if (article) {
            texts.set(meta.id, article);
            batch.text(meta.id, fp);
            out.push({ id: meta.id, status: 'new' });
          } else {
            throw new DyadError('E_INTERNAL', `ingest: ${meta.id} came without its coded article but duplicates nothing stored`, { uncoded: true, id: meta.id });
          }
        });
        const dropped = speculative.filter((id) => !texts.has(id));
        if (dropped.length) await client.query('DELETE FROM articles WHERE id = ANY($1::text[])', [dropped]);
        if (copies.length) {
          const col = (f: (c: { item: IngestItem; hit: Hit }) => unknown) => copies.map(f);
          await client.query(
            `INSERT INTO article_copies (id, article_id, url, canonical_url, outlet, title, published, kind, similarity, saved_at)
             SELECT u.*, $10::text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[]) AS u
             ON CONFLICT (id) DO NOTHING`,
            [
              col((c) => c.item.meta.id), col((c) => c.hit.of), col((c) => c.item.meta.url), col((c) => c.item.fingerprint.canonicalUrl), col((c) => c.item.meta.outlet),
              col((c) => c.item.meta.title), col((c) => c.item.meta.published), col((c) => KIND[c.hit.rank]), col((c) => c.hit.similarity), new Date().toISOString(),
            ],
          );
        }
        const kept = saved.articles.filter((a) => texts.has(a.id));
        // in batch order, as the items came
        const order = new Map([...texts.keys()].map((id, k) => [id, k]));
        kept.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
        const { touched, lonely } = await pgAssign(client, kept);
        const copied = await pgClustersOf(client, [...new Set(copies.map((c) => c.hit.of))]);
        const fresh = new Set(speculative.filter((id) => texts.has(id)));
        await recount(client, touched, lonely, fresh, [...saved.oldClusters, ...copied]);
        const now = new Date().toISOString();
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
    journalPosition: (source) =>
      read(async (client) => Number((await client.query<{ position: string }>('SELECT position FROM ingest_journal WHERE source = $1', [source])).rows[0]?.position ?? 0)),
    getCluster: (id) => read((client) => pgGetCluster(client, id)),
    ingestStats: () =>
      read(async (client) => {
        const r = await client.query<{ articles: number; copies: number; events: number; clusters: number }>(
          `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM article_copies)::int AS copies,
             (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM clusters)::int AS clusters`,
        );
        return r.rows[0] ?? { articles: 0, copies: 0, events: 0, clusters: 0 };
      }),
    getFeedState: (url) =>
      read(
        async (client) =>
          (await client.query<FeedState>('SELECT url, etag, last_modified AS "lastModified", checked_at AS "checkedAt", failures, next_at AS "nextAt" FROM feeds WHERE url = $1', [url])).rows[0] ??
          null,
      ),
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
