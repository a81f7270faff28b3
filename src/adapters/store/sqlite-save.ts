// saveArticle for SQLite: one transaction that upserts the article, upserts its events by id (so
// their rowids, and the FTS index that points at them, stay put); mentions and attributions travel in the article row.
import type { Database } from 'better-sqlite3';
import type { CodedArticle, EventRecord } from '../../core/types.ts';

export type SaveArticle = (article: CodedArticle, pipeline: string) => { inserted: boolean };

export function eventDay(date: string | null): string {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : '';
}

function eventRow(e: EventRecord, articleId: string, ord: number): unknown[] {
  return [
    e.id, articleId, ord, eventDay(e.date), e.source?.code ?? null, e.target?.code ?? null,
    e.cameo, e.root, e.quad_class, e.goldstein, e.modality, e.negated ? 1 : 0, e.rule, e.pipeline,
    e.evidence.text, JSON.stringify(e),
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
  const dropStaleEvents = db.prepare(
    'DELETE FROM events WHERE article_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
  );
  const upsertEvent = db.prepare(`
    INSERT INTO events (id, article_id, ord, day, source_code, target_code, cameo, root, quad_class,
      goldstein, modality, negated, rule, pipeline, evidence, json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, ord = excluded.ord,
      day = excluded.day, source_code = excluded.source_code, target_code = excluded.target_code,
      cameo = excluded.cameo, root = excluded.root, quad_class = excluded.quad_class,
      goldstein = excluded.goldstein, modality = excluded.modality, negated = excluded.negated,
      rule = excluded.rule, pipeline = excluded.pipeline, evidence = excluded.evidence,
      json = excluded.json`);
  return db.transaction((article: CodedArticle, pipeline: string) => {
    const { id, text, events, ...rest } = article;
    const inserted = exists.get(id) === undefined;
    upsertArticle.run(
      id, article.published ?? null, article.title ?? null, article.url ?? null, article.outlet ?? null,
      text, JSON.stringify(rest), pipeline, new Date().toISOString(),
    );
    dropStaleEvents.run(id, JSON.stringify(events.map((e) => e.id)));
    events.forEach((e, i) => {
      upsertEvent.run(...eventRow(e, id, i));
    });
    return { inserted };
  });
}
