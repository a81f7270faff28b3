// Flattens coded articles into exportable events (for exporting straight from `dyad code` output).
import type { CodedArticle } from '../core/types.ts';
import type { ExportEvent, Source } from './export-types.ts';

export function articleEvents(article: CodedArticle): ExportEvent[] {
  return article.events.map((e) => ({ ...e, article_id: article.id, article_url: article.url ?? null }));
}

export async function* articlesToEvents(articles: Source<CodedArticle>): AsyncGenerator<ExportEvent> {
  for await (const article of articles) yield* articleEvents(article);
}
