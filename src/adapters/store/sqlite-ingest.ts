// The ingest side of the SQLite store: dedup lookups, the journal, batches saved atomically with
// their journal mark, copies, clusters and feed state.
import type { Database, Statement } from 'better-sqlite3';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { sourceKey } from '../../ingest/cluster-key.ts';
import { urlHost } from '../../ingest/canonical-url.ts';
import { type ArticleFingerprint, NEAR_DUPLICATE_THRESHOLD } from '../../ingest/fingerprint.ts';
import { signatureFromBytes, signatureToBytes, similarity } from '../../ingest/minhash.ts';
import type { DuplicateHit, FeedState, IngestItem, IngestOutcome, IngestQueries, JournalMark } from './ingest-types.ts';
import type { SqliteClusters } from './sqlite-clusters.ts';
import type { SaveArticle } from './sqlite-save.ts';

/** Runs a write transaction, waiting out another connection's lock and naming a full store (sqlite-write-guard.ts). */
export type Guarded = <T>(write: () => T) => Promise<T>;

export function sqliteIngestQueries(db: Database, save: SaveArticle, clusters: SqliteClusters, guarded: Guarded = async (w) => w()): IngestQueries {
  const articleExists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const copyOf = db.prepare('SELECT article_id FROM article_copies WHERE id = ?').pluck();
  const byUrl = db.prepare('SELECT id FROM articles WHERE canonical_url = ? LIMIT 1').pluck();
  const copyByUrl = db.prepare('SELECT article_id FROM article_copies WHERE canonical_url = ? LIMIT 1').pluck();
  const byHash = db.prepare('SELECT id FROM articles WHERE content_hash = ? LIMIT 1').pluck();
  const signatureOf = db.prepare('SELECT minhash FROM articles WHERE id = ?').pluck();
  const dropBands = db.prepare('DELETE FROM article_bands WHERE article_id = ?');
  const addBand = db.prepare('INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)');
  const addCopy = db.prepare(`INSERT INTO article_copies (id, article_id, url, canonical_url, outlet, title, published, kind, similarity, saved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`);
  const journalDrop = db.prepare('DELETE FROM ingest_journal WHERE source = ?');
  const journalGet = db.prepare('SELECT position FROM ingest_journal WHERE source = ?').pluck();
  const journalSet = db.prepare(`INSERT INTO ingest_journal (source, position, updated_at) VALUES (?, ?, ?)
    ON CONFLICT(source) DO UPDATE SET position = max(position, excluded.position), updated_at = excluded.updated_at`);
  const feedGet = db.prepare('SELECT url, etag, last_modified AS lastModified, checked_at AS checkedAt, failures, next_at AS nextAt FROM feeds WHERE url = ?');
  const feedSet = db.prepare(`INSERT INTO feeds (url, etag, last_modified, checked_at, failures, next_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at,
      failures = excluded.failures, next_at = excluded.next_at`);
  const counts = db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_copies) AS copies,
    (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM clusters) AS clusters`);
  // the 32 band keys in one statement
  let bandLookup: Statement<unknown[]> | null = null;
  let bandLookupSize = -1;

  function nearest(fp: ArticleFingerprint): DuplicateHit | null {
    if (!fp.minhash || fp.bands.length === 0) return null;
    if (bandLookupSize !== fp.bands.length) {
      bandLookup = db.prepare(`SELECT DISTINCT article_id FROM article_bands WHERE band IN (${fp.bands.map(() => '?').join(', ')})`).pluck();
      bandLookupSize = fp.bands.length;
    }
    let best: DuplicateHit | null = null;
    for (const id of bandLookup!.all(...fp.bands) as string[]) {
      const bytes = signatureOf.get(id) as Buffer | null | undefined;
      if (!bytes) continue;
      const s = similarity(fp.minhash, signatureFromBytes(bytes));
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { kind: 'near', of: id, similarity: s };
    }
    return best;
  }

  function find(id: string, fp: ArticleFingerprint): DuplicateHit | null {
    if (articleExists.get(id) !== undefined) return { kind: 'id', of: id, similarity: 1 };
    const copied = copyOf.get(id) as string | undefined;
    if (copied !== undefined) return { kind: 'id', of: copied, similarity: 1 };
    if (fp.canonicalUrl) {
      const u = (byUrl.get(fp.canonicalUrl) ?? copyByUrl.get(fp.canonicalUrl)) as string | undefined;
      if (u !== undefined) return { kind: 'url', of: u, similarity: 1 };
    }
    const h = byHash.get(fp.contentHash) as string | undefined;
    if (h !== undefined) return { kind: 'hash', of: h, similarity: 1 };
    return nearest(fp);
  }

  function storeText(article: CodedArticle, item: IngestItem, pipeline: string, touched: Set<string>): boolean {
    const chosen = clusters.beforeSave(article.id, article.events, touched);
    const fp = item.fingerprint;
    const key = sourceKey({ id: article.id, outlet: item.meta.outlet, url: item.meta.url }, urlHost(item.meta.url));
    const minhash = fp.minhash ? signatureToBytes(fp.minhash) : null;
    const { inserted } = save(article, pipeline, chosen, { canonicalUrl: fp.canonicalUrl, contentHash: fp.contentHash, sourceKey: key, minhash });
    dropBands.run(article.id);
    for (const b of fp.bands) addBand.run(b, article.id);
    return inserted;
  }

  const ingestBatch = db.transaction((items: readonly IngestItem[], pipeline: string, marks: readonly JournalMark[]): IngestOutcome[] => {
    const touched = new Set<string>();
    const out: IngestOutcome[] = [];
    const now = new Date().toISOString();
    for (const item of items) {
      const { meta, fingerprint: fp, article } = item;
      const hit = find(meta.id, fp);
      if (hit?.kind === 'id' && hit.of === meta.id && article) {
        storeText(article, item, pipeline, touched);
        out.push({ id: meta.id, status: 'updated' });
      } else if (hit?.kind === 'id' || hit?.kind === 'url') {
        out.push({ id: meta.id, status: 'seen', of: hit.of, kind: hit.kind });
      } else if (hit) {
        addCopy.run(meta.id, hit.of, meta.url, fp.canonicalUrl, meta.outlet, meta.title, meta.published, hit.kind, hit.similarity, now);
        const copied = clusters.clustersOf(hit.of);
        clusters.dirty(copied);
        for (const c of copied) touched.add(c);
        out.push({ id: meta.id, status: 'copy', of: hit.of, kind: hit.kind });
      } else if (article) {
        storeText(article, item, pipeline, touched);
        out.push({ id: meta.id, status: 'new' });
      } else {
        throw new DyadError('E_INTERNAL', `ingest: ${meta.id} came without its coded article but duplicates nothing stored`, { uncoded: true, id: meta.id });
      }
    }
    clusters.recount(touched);
    for (const m of marks) {
      if (m.complete) journalDrop.run(m.source);
      else journalSet.run(m.source, m.position, now);
    }
    return out;
  });

  return {
    async findDuplicates(items) {
      return items.map((i) => find(i.id, i.fingerprint));
    },
    async ingest(items, pipeline, marks) {
      // IMMEDIATE: the write lock is taken before the duplicate checks read, so no other writer can
      // commit in between (in WAL mode that would fail the transaction at its first write)
      return guarded(() => ingestBatch.immediate(items, pipeline, marks ?? []));
    },
    async journalPosition(source) {
      return (journalGet.get(source) as number | undefined) ?? 0;
    },
    async getCluster(id) {
      return clusters.get(id);
    },
    async ingestStats() {
      return counts.get() as { articles: number; copies: number; events: number; clusters: number };
    },
    async getFeedState(url) {
      return (feedGet.get(url) as FeedState | undefined) ?? null;
    },
    async setFeedState(s) {
      await guarded(() => feedSet.run(s.url, s.etag, s.lastModified, s.checkedAt, s.failures, s.nextAt));
    },
  };
}

/** saveArticle with clustering (inside the caller's transaction): the clusters its old and new events are in are recounted. */
export function withClusters(save: SaveArticle, clusters: SqliteClusters): SaveArticle {
  return (article: CodedArticle, pipeline: string) => {
    const touched = new Set<string>();
    const r = save(article, pipeline, clusters.beforeSave(article.id, article.events, touched));
    clusters.recount(touched);
    return r;
  };
}
