// RSS 2.0, RSS 1.0 (RDF) and Atom feeds into plain items. Entities are never expanded: a document
// that declares any (<!ENTITY …>, the billion-laughs shape) is refused outright, fast-xml-parser runs
// with processEntities off, and only the five XML entities and numeric references are decoded here.
import { XMLParser } from 'fast-xml-parser';
import { DyadError } from '../../core/errors.ts';
import { htmlToText } from '../html/html-to-text.ts';

export interface FeedItem {
  /** guid / Atom id, else the link */
  readonly id: string | null;
  readonly url: string | null;
  readonly title?: string;
  readonly author?: string;
  /** ISO date-time */
  readonly published?: string;
  /** description / summary as plain text */
  readonly summary?: string;
  /** content:encoded / Atom content as plain text (full text when the feed carries it) */
  readonly content?: string;
}

export interface Feed {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly title?: string;
  readonly link?: string;
  readonly items: readonly FeedItem[];
}

export const MAX_FEED_ITEMS = 1000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author'].includes(name),
});

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined XML entities and numeric character references, nothing else. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? m;
    const cp = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

type Node = Record<string, unknown> | string | undefined;

/** Text of a node: CDATA as is, element text with entities decoded. */
function text(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'string' || typeof node === 'number') return decodeXmlEntities(String(node)).trim() || undefined;
  if (typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const parts = [o['#cdata'], o['#text']].flat().filter((x) => x !== undefined).map((x) => (o['#cdata'] !== undefined && x === o['#cdata'] ? String(x) : decodeXmlEntities(String(x))));
    return parts.join('').trim() || undefined;
  }
  return undefined;
}

const html = (node: unknown) => {
  const t = text(node);
  return t ? htmlToText(t) || undefined : undefined;
};

function iso(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Record<string, unknown>[];
  const pick = list.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? list[0];
  return pick ? text(pick['@href']) : undefined;
}

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

function rssItem(it: Record<string, unknown>): FeedItem {
  const link = text(it.link) ?? (text((it.guid as Record<string, unknown>)?.['@isPermaLink']) !== 'false' ? text(it.guid) : undefined);
  const author = text(it['dc:creator']) ?? text(it.author);
  return clean({
    id: text(it.guid) ?? link ?? null,
    url: link ?? null,
    title: html(it.title),
    author,
    published: iso(text(it.pubDate) ?? text(it['dc:date'])),
    summary: html(it.description),
    content: html(it['content:encoded']),
  }) as FeedItem;
}

function atomEntry(e: Record<string, unknown>): FeedItem {
  const link = atomLink(e.link);
  const authors = (e.author as Record<string, unknown>[] | undefined) ?? [];
  return clean({
    id: text(e.id) ?? link ?? null,
    url: link ?? null,
    title: html(e.title),
    author: authors.length ? text(authors[0]?.name) : undefined,
    published: iso(text(e.published) ?? text(e.updated)),
    summary: html(e.summary),
    content: html(e.content),
  }) as FeedItem;
}

/** Parses a feed; throws E_FEED_INVALID on entity declarations, malformed XML or an unknown root. */
export function parseFeed(xml: string): Feed {
  if (/<!ENTITY/i.test(xml)) throw new DyadError('E_FEED_INVALID', 'the feed declares XML entities, which are never expanded here');
  let doc: Record<string, Node>;
  try {
    doc = parser.parse(xml, true) as Record<string, Node>;
  } catch (e) {
    throw new DyadError('E_FEED_INVALID', `not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  const take = <T>(list: T[]) => list.slice(0, MAX_FEED_ITEMS);
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Record<string, unknown> | undefined;
    const items = (ch?.item as Record<string, unknown>[] | undefined) ?? [];
    return clean({ kind: 'rss' as const, title: html(ch?.title), link: text(ch?.link), items: take(items).map(rssItem) });
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed && typeof feed === 'object') {
    const entries = (feed.entry as Record<string, unknown>[] | undefined) ?? [];
    return clean({ kind: 'atom' as const, title: html(feed.title), link: atomLink(feed.link), items: take(entries).map(atomEntry) });
  }
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  if (rdf && typeof rdf === 'object') {
    const ch = rdf.channel as Record<string, unknown> | undefined;
    const items = (rdf.item as Record<string, unknown>[] | undefined) ?? [];
    return clean({ kind: 'rdf' as const, title: html(ch?.title), link: text(ch?.link), items: take(items).map(rssItem) });
  }
  throw new DyadError('E_FEED_INVALID', 'no <rss>, <feed> or <rdf:RDF> root element');
}

/** Cheap sniff: does this text look like a feed rather than an HTML page? */
export function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2000).replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}
