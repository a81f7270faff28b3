import type { ArticleDoc, CodedArticle } from '../core/types.ts';

/** The contract shape of one coded article (../shared/spec/records.md). */
export function toCodedArticle(doc: ArticleDoc): CodedArticle {
  const l = doc.layers;
  return {
    id: doc.meta.id,
    published: doc.meta.published,
    ...(doc.meta.title ? { title: doc.meta.title } : {}),
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.outlet ? { outlet: doc.meta.outlet } : {}),
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    text: doc.text,
    sentences: (l.sentences ?? []).map((s) => [s.start, s.end]),
    mentions: (l.mentions ?? []).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      code: m.code,
      entity: m.entity,
      ...(m.role ? { role: m.role } : {}),
      ...(m.country ? { country: m.country } : {}),
    })),
    attributions: (l.attributions ?? []).map(({ sentence: _s, ...a }) => a),
    events: [...(l.events ?? [])],
    messages: doc.messages,
  };
}
