// A URL as article inputs: an HTML page becomes one article (Readability), plain text one article,
// and a feed one article per item: the item's own full text when it carries one, else its link
// fetched and extracted (falling back to the item's summary when that fails).
import { FEED_TYPES, type Fetcher, HTML_TYPES, TEXT_TYPES } from '../../adapters/fetch/fetcher.ts';
import { bodyText } from '../../adapters/fetch/safe-fetch.ts';
import { type FeedItem, looksLikeFeed, parseFeed } from '../../adapters/feed/parse-feed.ts';
import { extractArticle } from '../../adapters/html/extract-article.ts';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput } from '../../core/types.ts';
import type { InputItem } from '../cli/read-inputs.ts';
import { feedItemText } from '../cli/read-markup.ts';

/** A feed item carrying at least this much text is coded from the feed, without fetching its page. */
export const FULL_TEXT_CHARS = 800;

const errorText = (e: unknown) => (e instanceof DyadError ? `${e.code}: ${e.message}` : (e as Error).message);

/** Fetches one article page (HTML or plain text). */
export async function fetchArticle(fetcher: Fetcher, url: string, defaults: { published?: string } = {}): Promise<ArticleInput> {
  const res = await fetcher(url, { accept: [...HTML_TYPES, ...TEXT_TYPES] });
  const text = bodyText(res);
  if (res.mediaType === 'text/plain') return { url: res.url, text, published: defaults.published };
  const page = extractArticle(text, res.url);
  if (!page) throw new DyadError('E_INPUT_EMPTY', `${res.url} has no readable text`);
  const { canonicalUrl, text: body, ...meta } = page;
  return { ...meta, url: canonicalUrl ?? res.url, text: body, published: defaults.published ?? meta.published };
}

/** One feed item as an article input. */
export async function feedItemInput(fetcher: Fetcher | null, item: FeedItem, outlet: string | undefined, defaults: { published?: string }): Promise<ArticleInput> {
  const own = feedItemText(item);
  const base: Partial<ArticleInput> = {
    ...(item.title ? { title: item.title } : {}),
    ...(item.author ? { author: item.author } : {}),
    ...(outlet ? { outlet } : {}),
    published: defaults.published ?? item.published,
  };
  if (item.content && item.content.length >= FULL_TEXT_CHARS) return { ...base, ...(item.url ? { url: item.url } : {}), text: own };
  if (fetcher && item.url) {
    try {
      // the page's own date is more precise than the feed's; --published overrides both
      const page = await fetchArticle(fetcher, item.url, defaults);
      return { ...base, ...page, outlet: outlet ?? page.outlet, title: page.title ?? item.title, published: page.published ?? base.published };
    } catch (e) {
      if (!item.content && !item.summary) throw e;
    }
  }
  if (!item.content && !item.summary) throw new DyadError('E_INPUT_EMPTY', 'the feed item carries no text and has no link');
  return { ...base, ...(item.url ? { url: item.url } : {}), text: own };
}

/**
 * Everything a URL holds, as input items (never throws: failures become bad items). `known` is asked
 * before a feed item's page is fetched, so items already stored are not fetched again.
 */
export async function* fetchUrlInputs(
  fetcher: Fetcher,
  url: string,
  defaults: { published?: string },
  known: (url: string) => Promise<boolean> = async () => false,
): AsyncGenerator<InputItem> {
  let res: Awaited<ReturnType<Fetcher>>;
  try {
    res = await fetcher(url, { accept: [...HTML_TYPES, ...FEED_TYPES, ...TEXT_TYPES] });
  } catch (e) {
    yield { ok: false, origin: url, error: errorText(e) };
    return;
  }
  const body = bodyText(res);
  const isFeed = (FEED_TYPES as readonly string[]).includes(res.mediaType) || looksLikeFeed(body);
  if (!isFeed) {
    if (res.mediaType === 'text/plain') {
      yield { ok: true, input: { url: res.url, text: body, published: defaults.published }, origin: url };
      return;
    }
    const page = extractArticle(body, res.url);
    if (!page) {
      yield { ok: false, origin: url, error: 'the page has no readable text' };
      return;
    }
    const { canonicalUrl, text, ...meta } = page;
    yield { ok: true, input: { ...meta, url: canonicalUrl ?? res.url, text, published: defaults.published ?? meta.published }, origin: url };
    return;
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(body);
  } catch (e) {
    yield { ok: false, origin: url, error: errorText(e) };
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const origin = `${url}#item${i + 1}`;
    if (item.url && (await known(item.url))) continue;
    try {
      yield { ok: true, input: await feedItemInput(fetcher, item, feed.title, defaults), origin };
    } catch (e) {
      yield { ok: false, origin, error: errorText(e) };
    }
  }
}
