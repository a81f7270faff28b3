// Store queries behind the API's aggregates, actor list and article list: counts per day or week,
// top dyads, Goldstein sums, actors with their counts, article summaries.
import type { EventFilter } from './store.ts';

export type Period = 'day' | 'week';
/** what the counts of one period are split by; 'none' gives one row per period */
export type GroupBy = 'quad_class' | 'root' | 'none';

export interface PeriodQuery {
  period: Period;
  by: GroupBy;
}

export interface PeriodCount {
  /** the day, or the Monday of the ISO week; null for events without a date */
  period: string | null;
  /** the quad class ("1".."4") or the CAMEO root ("01".."20"); null when by is 'none' */
  key: string | null;
  n: number;
  /** sum of the events' Goldstein scores */
  goldstein: number;
}

export interface DyadQuery {
  /** default 20, at most 500 */
  limit?: number;
  /** cut codes to this many characters: 3 = country level ("RUSGOV" → "RUS"); default the whole code */
  codeLength?: number;
}

export interface DyadCount {
  source: string;
  target: string;
  n: number;
  goldstein: number;
}

export interface PlaceCount {
  name: string;
  country: string;
  lat: number;
  lon: number;
  n: number;
  goldstein: number;
}

export interface ActorQuery {
  /** only codes starting with this */
  prefix?: string;
  /** default 100, at most 1000 */
  limit?: number;
}

export interface ActorCount {
  code: string;
  /** events with this code as source, as target */
  asSource: number;
  asTarget: number;
  n: number;
}

export interface ActorDetail extends ActorCount {
  /** the texts this code was given to, most frequent first (from up to 2,000 recent events) */
  names: { text: string; n: number }[];
}

export interface ArticleSummary {
  id: string;
  published: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  events: number;
}

export interface ArticleListQuery {
  /** default 100, at most 1000 */
  limit?: number;
  cursor?: string;
}

export interface ArticlePage {
  articles: ArticleSummary[];
  nextCursor: string | null;
}

export interface AnalyticsQueries {
  countByPeriod(filter: EventFilter, query: PeriodQuery): Promise<PeriodCount[]>;
  /** most frequent (source, target) pairs among events with both codes, most frequent first */
  topDyads(filter: EventFilter, query?: DyadQuery): Promise<DyadCount[]>;
  /** event locations with coordinates and their counts, most frequent first (default 500, at most 5000) */
  countByPlace(filter: EventFilter, limit?: number): Promise<PlaceCount[]>;
  /** actor codes seen as source or target of events matching the filter, most frequent first */
  listActors(filter: EventFilter, query?: ActorQuery): Promise<ActorCount[]>;
  /** one exact code, or null when no event has it */
  getActor(code: string): Promise<ActorDetail | null>;
  /** article summaries in id order */
  listArticles(query: ArticleListQuery): Promise<ArticlePage>;
}
