// saveArticle for PostgreSQL, inside a transaction the caller holds: upsert the article, drop events
// it no longer has, upsert the rest in one multi-row statement (cluster ids kept on re-save).
import type { PoolClient } from 'pg';
import type { CodedArticle, EventRecord } from '../../core/types.ts';
import { foldText, numbered } from './pg-sql.ts';
import { eventDay } from './sqlite-save.ts';

const EVENT_COLUMNS = [
  'id', 'article_id', 'ord', 'day', 'source_code', 'target_code', 'source_text', 'target_text', 'cameo', 'root', 'quad_class',
  'goldstein', 'modality', 'negated', 'rule', 'pipeline', 'evidence', 'country', 'place', 'place_name', 'lat', 'lon', 'claim_by', 'json',
] as const;

function eventValues(e: EventRecord, articleId: string, ord: number): unknown[] {
  const loc = e.location;
  return [
    e.id, articleId, ord, eventDay(e.date), e.source?.code ?? null, e.target?.code ?? null, e.source?.text ?? null, e.target?.text ?? null,
    e.cameo, e.root, e.quad_class, e.goldstein, e.modality, e.negated, e.rule, e.pipeline, e.evidence.text,
    loc?.country ?? null, loc?.name ? loc.name.toLowerCase() : null, loc?.name ?? null, loc?.lat ?? null, loc?.lon ?? null,
    e.claim?.by?.code ?? null, JSON.stringify(e),
  ];
}

const ROW = `(${EVENT_COLUMNS.map((c) => (c === 'json' ? "?, to_tsvector('simple', ?)" : '?')).join(', ')})`;
const UPDATE = EVENT_COLUMNS.filter((c) => c !== 'id')
  .map((c) => `${c} = excluded.${c}`)
  .concat('fts = excluded.fts')
  .join(', ');
const COLUMNS = [...EVENT_COLUMNS.filter((c) => c !== 'json'), 'json', 'fts'].join(', ');

export async function pgSaveArticle(client: PoolClient, article: CodedArticle, pipeline: string): Promise<{ inserted: boolean }> {
  const { id, text, events, ...rest } = article;
  const existed = await client.query('SELECT 1 FROM articles WHERE id = $1', [id]);
  await client.query(
    `INSERT INTO articles (id, published, title, url, outlet, text, json, pipeline, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET published = excluded.published, title = excluded.title, url = excluded.url, outlet = excluded.outlet,
       text = excluded.text, json = excluded.json, pipeline = excluded.pipeline`,
    [id, article.published ?? null, article.title ?? null, article.url ?? null, article.outlet ?? null, text, JSON.stringify(rest), pipeline, new Date().toISOString()],
  );
  await client.query('DELETE FROM events WHERE article_id = $1 AND NOT (id = ANY($2::text[]))', [id, events.map((e) => e.id)]);
  if (events.length) {
    const params: unknown[] = [];
    for (const [i, e] of events.entries()) {
      const v = eventValues(e, id, i);
      // the json value, then the folded evidence for the tsvector
      params.push(...v.slice(0, -1), v[v.length - 1], foldText(e.evidence.text));
    }
    const sql = `INSERT INTO events (${COLUMNS}) VALUES ${events.map(() => ROW).join(', ')} ON CONFLICT (id) DO UPDATE SET ${UPDATE}`;
    await client.query(numbered(sql), params);
  }
  return { inserted: existed.rowCount === 0 };
}
