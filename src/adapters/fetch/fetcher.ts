// The Fetcher interface: one HTTP GET with the safety policy of safe-fetch.ts applied to every hop.

export interface FetchOptions {
  /** extra request headers (If-None-Match, If-Modified-Since …) */
  readonly headers?: Readonly<Record<string, string>>;
  /** accepted media types (no parameters); a response of another type is refused */
  readonly accept: readonly string[];
}

export interface FetchResult {
  /** the URL after redirects */
  readonly url: string;
  readonly status: number;
  /** true for 304 Not Modified (body empty) */
  readonly notModified: boolean;
  /** lower-cased header names */
  readonly headers: Readonly<Record<string, string>>;
  /** media type without parameters, lower-cased ('' on 304) */
  readonly mediaType: string;
  readonly charset: string | null;
  /** decompressed body */
  readonly body: Buffer;
}

export type Fetcher = (url: string, options: FetchOptions) => Promise<FetchResult>;

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'] as const;
export const TEXT_TYPES = ['text/plain'] as const;
