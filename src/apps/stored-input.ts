import type { ArticleInput, CodedArticle } from '../core/types.ts';

/** A stored article as pipeline input: the stored text is already clean, and cleaning is idempotent. */
export function storedInput(a: CodedArticle): ArticleInput {
  return {
    id: a.id,
    text: a.text,
    ...(a.published ? { published: a.published } : {}),
    ...(a.title ? { title: a.title } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
  };
}
