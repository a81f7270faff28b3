// saveArticle for SQLite, run inside the caller's transaction: upserts the article, upserts its events by id (so
// their rowids, and the FTS index that points at them, stay put); mentions and attributions travel in the article row.
// Events arrive with the cluster each new one joins (sqlite-clusters.ts chooses it first), so every
// event row is written once; an event stored before keeps its cluster.
import type { Database } from 'better-sqlite3';
import type { CodedArticle, EventRecord } from '../../core/types.ts';

/** What ingest knows of an article's text for dedup (sqlite-ingest.ts), written with its row. */
export interface DedupColumns {
  readonly canonicalUrl: string | null;
  readonly contentHash: string;
  readonly sourceKey: string;
  readonly minhash: Buffer | null;
}

/**
 * `clusterOf`: the cluster of each event not yet in one (chosen before the save); absent, events
 * stay unclustered. `dedup`: the article's dedup columns; absent, a stored article keeps its own.
 */
export type SaveArticle = (
  article: CodedArticle,
  pipeline: string,
  clusterOf?: ReadonlyMap<string, string>,
  dedup?: DedupColumns,
) => { inserted: boolean };

export function eventDay(date: string | null): string {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : '';
}

function eventRow(e: EventRecord, articleId: string, ord: number, cluster: string | null): unknown[] {
  return [
    e.id, articleId, ord, eventDay(e.date), e.source?.code ?? null, e.target?.code ?? null,
    e.cameo, e.root, e.quad_class, e.goldstein, e.modality, e.negated ? 1 : 0, e.rule, e.pipeline,
    e.evidence.text, JSON.stringify(e), cluster,
  ];
}

export function prepareSave(db: Database): SaveArticle {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const upsertArticle = db.prepare(`
    INSERT INTO articles (id, published, title, url, outlet, text, json, pipeline, saved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET published = excluded.published, title = excluded.title,
      url = excluded.url, outlet = excluded.outlet, text = excluded.text, json = excluded.json,
      pipeline = excluded.pipeline`);
  const upsertDeduped = db.prepare(`
    INSERT INTO articles (id, published, title, url, outlet, text, json, pipeline, saved_at, canonical_url, content_hash, source_key, minhash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET published = excluded.published, title = excluded.title,
      url = excluded.url, outlet = excluded.outlet, text = excluded.text, json = excluded.json,
      pipeline = excluded.pipeline, canonical_url = excluded.canonical_url, content_hash = excluded.content_hash,
      source_key = excluded.source_key, minhash = excluded.minhash`);
  const dropStaleEvents = db.prepare(
    'DELETE FROM events WHERE article_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
  );
  const upsertEvent = db.prepare(`
    INSERT INTO events (id, article_id, ord, day, source_code, target_code, cameo, root, quad_class,
      goldstein, modality, negated, rule, pipeline, evidence, json, cluster_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, ord = excluded.ord,
      day = excluded.day, source_code = excluded.source_code, target_code = excluded.target_code,
      cameo = excluded.cameo, root = excluded.root, quad_class = excluded.quad_class,
      goldstein = excluded.goldstein, modality = excluded.modality, negated = excluded.negated,
      rule = excluded.rule, pipeline = excluded.pipeline, evidence = excluded.evidence,
      json = excluded.json, cluster_id = coalesce(events.cluster_id, excluded.cluster_id)`);
  // No transaction of its own: every caller runs it inside one (a savepoint per article made each
  // batch copy every page it touched into a sub-journal, for nothing: a failure aborts the batch).
  return (article: CodedArticle, pipeline: string, clusterOf?: ReadonlyMap<string, string>, dedup?: DedupColumns) => {
    const { id, text, events, ...rest } = article;
    const inserted = exists.get(id) === undefined;
    const row = [
      id, article.published ?? null, article.title ?? null, article.url ?? null, article.outlet ?? null,
      text, JSON.stringify(rest), pipeline, new Date().toISOString(),
    ];
    if (dedup) upsertDeduped.run(...row, dedup.canonicalUrl, dedup.contentHash, dedup.sourceKey, dedup.minhash);
    else upsertArticle.run(...row);
    dropStaleEvents.run(id, JSON.stringify(events.map((e) => e.id)));
    events.forEach((e, i) => {
      upsertEvent.run(...eventRow(e, id, i, clusterOf?.get(e.id) ?? null));
    });
    return { inserted };
  };
}
