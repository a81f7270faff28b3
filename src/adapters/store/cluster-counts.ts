// A cluster's GDELT-style counts from the reports in it, the same for every Store implementation.
// NumMentions counts each coded mention once per article carrying it (a wire text with 2 mentions
// and 3 copies gives 2 × 4); NumArticles counts every article, copies included; NumSources counts
// independent sources, i.e. the outlets of the distinct texts (copies share their text's source).
import type { ClusterArticle } from './ingest-types.ts';

export interface ClusterText {
  readonly article_id: string;
  /** coded events of this text in the cluster */
  readonly mentions: number;
  readonly source_key: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface ClusterCopy {
  readonly id: string;
  readonly article_id: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface ClusterCounts {
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  /** every article, earliest published first (undated last), texts before their copies */
  readonly articles: ClusterArticle[];
}

export function clusterCounts(texts: readonly ClusterText[], copies: readonly ClusterCopy[]): ClusterCounts {
  const copiesOf = new Map<string, number>();
  for (const c of copies) copiesOf.set(c.article_id, (copiesOf.get(c.article_id) ?? 0) + 1);
  let mentions = 0;
  for (const t of texts) mentions += t.mentions * (1 + (copiesOf.get(t.article_id) ?? 0));
  const articles: ClusterArticle[] = [
    ...texts.map((t) => ({ article_id: t.article_id, outlet: t.outlet, url: t.url, published: t.published, copy_of: null })),
    ...copies.map((c) => ({ article_id: c.id, outlet: c.outlet, url: c.url, published: c.published, copy_of: c.article_id })),
  ];
  articles.sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1;
    }
    if ((a.copy_of === null) !== (b.copy_of === null)) return a.copy_of === null ? -1 : 1;
    return a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0;
  });
  return {
    num_mentions: mentions,
    num_articles: texts.length + copies.length,
    num_sources: new Set(texts.map((t) => t.source_key)).size,
    articles,
  };
}
