// Saving articles on PostgreSQL, a whole batch at a time inside a transaction the caller holds: one
// statement per table whatever the number of articles (unnest arrays), rows written in id order so
// that two transactions saving overlapping batches lock rows in the same order and never deadlock.
// Event ids are kept on re-save (and so are their cluster ids); events an article no longer has go.
import type { PoolClient } from 'pg';
import type { CodedArticle, EventRecord } from '../../core/types.ts';
import { foldText } from './pg-sql.ts';
import { eventDay } from './sqlite-save.ts';

/** Dedup fingerprint columns of an article row (ingest only; a plain save leaves them as they are). */
export interface FingerprintColumns {
  readonly canonicalUrl: string | null;
  readonly contentHash: string;
  readonly sourceKey: string;
  readonly minhash: Buffer | null;
  readonly bands: readonly string[];
}

export interface ArticleToSave {
  readonly article: CodedArticle;
  readonly fp?: FingerprintColumns;
}

export interface SavedBatch {
  /** ids that were not stored before this transaction */
  readonly inserted: Set<string>;
  /** clusters the saved articles' events were in before (they need recounting) */
  readonly oldClusters: string[];
  /** the articles as written, one per id (the last of the batch wins), in id order */
  readonly articles: readonly CodedArticle[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const ARTICLE_COLS = ['id', 'published', 'title', 'url', 'outlet', 'text', 'json', 'pipeline', 'saved_at'];
const FP_COLS = ['canonical_url', 'content_hash', 'source_key', 'minhash'];

function articleSql(withFp: boolean): string {
  const cols = withFp ? [...ARTICLE_COLS, ...FP_COLS] : ARTICLE_COLS;
  const types = cols.map((c, i) => `$${i + 1}::${c === 'minhash' ? 'bytea' : 'text'}[]`);
  const update = cols.filter((c) => c !== 'id' && c !== 'saved_at').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO articles (${cols.join(', ')}) SELECT * FROM unnest(${types.join(', ')}) AS u ORDER BY 1
    ON CONFLICT (id) DO UPDATE SET ${update.join(', ')} RETURNING id, (xmax = 0) AS inserted`;
}
const UPSERT_ARTICLES = articleSql(false);
const UPSERT_ARTICLES_FP = articleSql(true);

// column, array type
const EVENT_COLS: readonly [string, string][] = [
  ['id', 'text'], ['article_id', 'text'], ['ord', 'int'], ['day', 'text'], ['source_code', 'text'], ['target_code', 'text'],
  ['source_text', 'text'], ['target_text', 'text'], ['cameo', 'text'], ['root', 'text'], ['quad_class', 'int'], ['goldstein', 'float8'],
  ['modality', 'text'], ['negated', 'bool'], ['rule', 'text'], ['pipeline', 'text'], ['evidence', 'text'], ['country', 'text'],
  ['place', 'text'], ['place_name', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['claim_by', 'text'], ['json', 'text'], ['folded', 'text'],
];
const STORED = EVENT_COLS.map(([c]) => c).filter((c) => c !== 'folded');
const UPSERT_EVENTS = `INSERT INTO events (${STORED.join(', ')}, fts)
  SELECT ${STORED.map((c) => `u.${c}`).join(', ')}, to_tsvector('simple', u.folded)
  FROM unnest(${EVENT_COLS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')}) AS u(${EVENT_COLS.map(([c]) => c).join(', ')}) ORDER BY u.id
  ON CONFLICT (id) DO UPDATE SET ${[...STORED.filter((c) => c !== 'id'), 'fts'].map((c) => `${c} = excluded.${c}`).join(', ')}`;

function eventValues(e: EventRecord, articleId: string, ord: number): unknown[] {
  const loc = e.location;
  return [
    e.id, articleId, ord, eventDay(e.date), e.source?.code ?? null, e.target?.code ?? null, e.source?.text ?? null, e.target?.text ?? null,
    e.cameo, e.root, e.quad_class, e.goldstein, e.modality, e.negated, e.rule, e.pipeline, e.evidence.text,
    loc?.country ?? null, loc?.name ? loc.name.toLowerCase() : null, loc?.name ?? null, loc?.lat ?? null, loc?.lon ?? null,
    e.claim?.by?.code ?? null, JSON.stringify(e), foldText(e.evidence.text),
  ];
}

/** Columns of rows as parameter arrays: rows[i][k] → arrays[k][i]. */
function columns(rows: readonly unknown[][], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  rows.forEach((r, i) => {
    for (let k = 0; k < width; k++) out[k][i] = r[k];
  });
  return out;
}

/**
 * Upserts the articles and their events (and, for ingest, their fingerprints and LSH bands) in
 * six statements. Clustering and recounting are the caller's (under the ingest lock).
 */
export async function pgUpsertArticles(client: PoolClient, batch: readonly ArticleToSave[], pipeline: string): Promise<SavedBatch> {
  const last = new Map<string, ArticleToSave>();
  for (const b of batch) last.set(b.article.id, b);
  const list = [...last.values()].sort((a, b) => byId(a.article.id, b.article.id));
  if (list.length === 0) return { inserted: new Set(), oldClusters: [], articles: [] };
  const ids = list.map((b) => b.article.id);
  const withFp = list.every((b) => b.fp !== undefined);
  const old = await client.query<{ cluster_id: string }>('SELECT DISTINCT cluster_id FROM events WHERE article_id = ANY($1::text[]) AND cluster_id IS NOT NULL', [ids]);
  const now = new Date().toISOString();
  const rows = list.map(({ article, fp }) => {
    const { id, text, events: _events, ...rest } = article;
    const row: unknown[] = [id, article.published ?? null, article.title ?? null, article.url ?? null, article.outlet ?? null, text, JSON.stringify(rest), pipeline, now];
    if (withFp && fp) row.push(fp.canonicalUrl, fp.contentHash, fp.sourceKey, fp.minhash);
    return row;
  });
  const width = withFp ? ARTICLE_COLS.length + FP_COLS.length : ARTICLE_COLS.length;
  const saved = await client.query<{ id: string; inserted: boolean }>(withFp ? UPSERT_ARTICLES_FP : UPSERT_ARTICLES, columns(rows, width));
  const inserted = new Set(saved.rows.filter((r) => r.inserted).map((r) => r.id));

  const events = new Map<string, unknown[]>();
  for (const { article } of list)
    article.events.forEach((e, i) => {
      events.set(e.id, eventValues(e, article.id, i));
    });
  await client.query('DELETE FROM events WHERE article_id = ANY($1::text[]) AND NOT (id = ANY($2::text[]))', [ids, [...events.keys()]]);
  if (events.size) {
    const eventRows = [...events.values()].sort((a, b) => byId(a[0] as string, b[0] as string));
    await client.query(UPSERT_EVENTS, columns(eventRows, EVENT_COLS.length));
  }
  if (withFp) {
    await client.query('DELETE FROM article_bands WHERE article_id = ANY($1::text[])', [ids]);
    const bands: string[] = [];
    const owners: string[] = [];
    for (const { article, fp } of list)
      for (const band of new Set(fp?.bands ?? [])) {
        bands.push(band);
        owners.push(article.id);
      }
    if (bands.length) await client.query('INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [bands, owners]);
  }
  return { inserted, oldClusters: old.rows.map((r) => r.cluster_id), articles: list.map((b) => b.article) };
}
