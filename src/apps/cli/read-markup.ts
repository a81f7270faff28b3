// HTML pages and RSS/Atom/RDF feeds as article inputs (local files and stdin). An HTML page is one
// article (Readability text plus the page's title, outlet, author, date and canonical URL); a feed
// gives one article per item from the text it carries (title, then content or summary).
import { looksLikeFeed, parseFeed } from '../../adapters/feed/parse-feed.ts';
import { extractArticle } from '../../adapters/html/extract-article.ts';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput } from '../../core/types.ts';
import type { InputItem } from './read-inputs.ts';

export { looksLikeFeed };

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

export function* readHtml(html: string, origin: string, id: string, defaults: { published?: string }): Generator<InputItem> {
  const page = extractArticle(html);
  if (!page) {
    yield { ok: false, origin, error: 'the HTML page has no article text (navigation or boilerplate only)' };
    return;
  }
  const { canonicalUrl, text, ...meta } = page;
  const input: ArticleInput = { id, ...meta, text, ...(canonicalUrl ? { url: canonicalUrl } : {}), published: defaults.published ?? meta.published };
  yield { ok: true, input, origin };
}

/** A feed item's own text: its title, then its full content or its summary. */
export function feedItemText(item: { title?: string; content?: string; summary?: string }): string {
  return [item.title, item.content ?? item.summary].filter(Boolean).join('\n\n');
}

export function* readFeedText(xml: string, origin: string, defaults: { published?: string }): Generator<InputItem> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    yield { ok: false, origin, error: e instanceof DyadError ? `${e.code}: ${e.message}` : String(e) };
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const where = `${origin}#item${i + 1}`;
    const text = feedItemText(item);
    if (!item.content && !item.summary) {
      yield { ok: false, origin: where, error: 'the feed item carries no text (fetch its link with a URL source)' };
      continue;
    }
    const input: ArticleInput = {
      ...(item.url ? { url: item.url } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(feed.title ? { outlet: feed.title } : {}),
      text,
      published: defaults.published ?? item.published,
    };
    yield { ok: true, input, origin: where };
  }
}
