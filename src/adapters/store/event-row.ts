// How an event row is read back, the same for every SQL store: the stored JSON plus its article
// and cluster. Events in no cluster count as one report of one article.
import type { StoredEvent } from './store.ts';

export interface EventRow {
  json: string;
  article_id: string;
  url: string | null;
  day: string;
  id: string;
  cluster_id: string | null;
  num_mentions: number | null;
  num_sources: number | null;
  num_articles: number | null;
}

export const EVENT_COLUMNS = `e.json, e.article_id, a.url, e.day, e.id, cl.id AS cluster_id, cl.num_mentions, cl.num_sources, cl.num_articles
  FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN clusters cl ON cl.id = e.cluster_id`;

export function toStored(row: EventRow): StoredEvent {
  return {
    ...JSON.parse(row.json),
    article_id: row.article_id,
    article_url: row.url,
    cluster_id: row.cluster_id,
    num_mentions: row.num_mentions ?? 1,
    num_sources: row.num_sources ?? 1,
    num_articles: row.num_articles ?? 1,
  };
}
