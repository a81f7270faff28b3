// Article extraction from an HTML page: Mozilla Readability over linkedom's DOM for the body text,
// and the page's own metadata (canonical link, Open Graph, article:*, JSON-LD, <time>) for title,
// outlet, author, published date and canonical URL. Readability mutates the DOM, so metadata is read first.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { elementText, htmlToText } from './html-to-text.ts';

export interface ExtractedArticle {
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly author?: string;
  /** ISO date or date-time */
  readonly published?: string;
  readonly canonicalUrl?: string;
  readonly language?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

const meta = (doc: Doc, ...names: string[]): string | undefined => {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
};

/** Fields from JSON-LD NewsArticle blocks; a block that is not valid JSON is ignored. */
function jsonLd(doc: Doc): { published?: string; author?: string; outlet?: string; title?: string } {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Record<string, unknown>[];
    for (const n of nodes) {
      if (!n || typeof n !== 'object' || typeof n.datePublished !== 'string') continue;
      const name = (x: unknown): string | undefined => {
        const first = Array.isArray(x) ? x[0] : x;
        if (typeof first === 'string') return first;
        return first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string' ? (first as { name: string }).name : undefined;
      };
      return { published: n.datePublished, author: name(n.author), outlet: name(n.publisher), title: typeof n.headline === 'string' ? n.headline : undefined };
    }
  }
  return {};
}

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.trim();
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Fewer words than this is a page without an article: navigation, a cookie wall, an error page. */
const MIN_ARTICLE_WORDS = 8;

/** Returns null when the page has no article text (fewer than MIN_ARTICLE_WORDS words). */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const ld = jsonLd(document);
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const head = clean({
    title: meta(document, 'og:title', 'twitter:title') ?? ld.title,
    outlet: meta(document, 'og:site_name', 'application-name') ?? ld.outlet,
    author: meta(document, 'author', 'article:author', 'byl', 'dc.creator') ?? ld.author,
    published: isoDate(
      meta(document, 'article:published_time', 'datePublished', 'pubdate', 'dc.date', 'date') ??
        ld.published ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    canonicalUrl: absolute(canonicalHref ?? undefined, pageUrl),
    language: document.documentElement?.getAttribute('lang') ?? undefined,
  });
  let text = '';
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  if (parsed?.content) text = htmlToText(parsed.content);
  if (!text) {
    const body = parseHTML(html).document;
    for (const el of Array.from(body.querySelectorAll('script, style, noscript, nav, header, footer, aside'))) el.remove();
    text = body.body ? elementText(body.body as never) : '';
  }
  if ((text.match(/\p{L}+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) return null;
  return clean({
    ...head,
    text,
    title: head.title ?? (parsed?.title || pageTitle),
    author: head.author ?? parsed?.byline ?? undefined,
    outlet: head.outlet ?? parsed?.siteName ?? undefined,
    published: head.published ?? isoDate(parsed?.publishedTime ?? undefined),
  });
}
