// The Store interface: where coded articles and their events live. Every method is async so that a
// PostgreSQL implementation can follow the SQLite one and run the same contract tests.
import type { CodedArticle, EventRecord, Modality } from '../../core/types.ts';
import type { IngestQueries } from './ingest-types.ts';
import type { AnalyticsQueries } from './analytics-queries.ts';
import type { CurationQueries } from './curation-queries.ts';

/** Filters shared by queries, aggregates and exports. Code filters are prefixes ("RUS" matches RUSGOV). */
export interface EventFilter {
  /** ISO date, inclusive; events without a date are excluded when set */
  from?: string;
  /** ISO date, inclusive; events without a date are excluded when set */
  to?: string;
  /** code prefix on the source OR the target */
  actor?: string;
  /** code prefix on the source */
  source?: string;
  /** code prefix on the target */
  target?: string;
  /** CAMEO prefix: "19" for the root, "1951" for one code (and its children, if any) */
  cameo?: string;
  quadClass?: number;
  modality?: Modality;
  /** full-text search over evidence text; words are ANDed, a trailing * makes a prefix */
  q?: string;
  /** CAMEO root, two digits ("19"), exact */
  root?: string;
  /** ISO 3166 alpha-3 country of the event's location, exact */
  country?: string;
  /** the event location's name, case-insensitive, exact ("minsk") */
  place?: string;
  /** code prefix on the claimant (claim.by.code) of reported events */
  claimedBy?: string;
  /** event location inside [west, south, east, north] in degrees; west > east crosses the antimeridian */
  bbox?: readonly [number, number, number, number];
}

/** One page of a keyset-paginated query. */
export interface EventQuery extends EventFilter {
  /** default DEFAULT_LIMIT, at most MAX_LIMIT */
  limit?: number;
  /** opaque; the nextCursor of the previous page */
  cursor?: string;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** An event as stored: every field of the record plus the article it came from and its cluster's counts. */
export interface StoredEvent extends EventRecord {
  article_id: string;
  article_url: string | null;
  /** the cluster of reports of the same event (GET /clusters/:id) */
  cluster_id: string | null;
  /** GDELT NumMentions: this event's mentions over every article reporting it, copies included */
  num_mentions: number;
  /** GDELT NumSources: independent sources (outlets not sharing text) */
  num_sources: number;
  /** GDELT NumArticles: articles reporting it, wire copies included */
  num_articles: number;
}

export interface EventPage {
  events: StoredEvent[];
  /** null on the last page */
  nextCursor: string | null;
}

export interface DailyCount {
  /** ISO date, or null for events without a date */
  day: string | null;
  quad_class: number;
  n: number;
}

export interface StoreStats {
  articles: number;
  events: number;
}

export interface Store extends CurationQueries, AnalyticsQueries, IngestQueries {
  /** Upserts the article and replaces its events, mentions and attributions in one transaction. */
  saveArticle(article: CodedArticle, pipeline: string): Promise<{ inserted: boolean }>;
  /** Saves a batch atomically (all or none); each article as saveArticle would. */
  saveArticles(articles: readonly CodedArticle[], pipeline: string): Promise<{ inserted: number }>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<CodedArticle | null>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /** Ordered by (date, id); events without a date come first. */
  queryEvents(query: EventQuery): Promise<EventPage>;
  countByDay(filter: EventFilter): Promise<DailyCount[]>;
  /** Every matching event, in queryEvents order, fetched page by page. */
  iterateEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  stats(): Promise<StoreStats>;

  close(): Promise<void>;
}
