// Records of ingest: items going in (with their dedup fingerprint), outcomes, journal marks, clusters
// and feed polling state. Shared by every Store implementation.
import type { CodedArticle } from '../../core/types.ts';
import type { ArticleFingerprint } from '../../ingest/fingerprint.ts';

/** Who published one report: the article's own metadata, kept for copies too. */
export interface ReportMeta {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export interface IngestItem {
  readonly meta: ReportMeta;
  readonly fingerprint: ArticleFingerprint;
  /** the coded article; left out when findDuplicates already said it is a duplicate */
  readonly article?: CodedArticle;
}

export type DuplicateKind = 'id' | 'url' | 'hash' | 'near';

export interface DuplicateHit {
  readonly kind: DuplicateKind;
  /** the stored text it duplicates (for 'id' and 'url', the report itself or its text) */
  readonly of: string;
  readonly similarity: number;
}

export type IngestStatus =
  /** a new text, coded and clustered */
  | 'new'
  /** the same id again: re-saved in place */
  | 'updated'
  /** another report of a stored text (exact or near duplicate) */
  | 'copy'
  /** already stored (same id or canonical URL): nothing written */
  | 'seen';

export interface IngestOutcome {
  readonly id: string;
  readonly status: IngestStatus;
  /** for 'copy' and 'seen': the stored text */
  readonly of?: string;
  readonly kind?: DuplicateKind;
}

export interface JournalMark {
  /** stable key of one input (a file with its size and mtime, a directory listing, stdin's hash) */
  readonly source: string;
  /** items of that input done after this batch */
  readonly position: number;
  /** the input was read to its end: forget it, so that ingesting it again re-saves it in place */
  readonly complete?: boolean;
}

export interface ClusterArticle {
  readonly article_id: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** the stored text this report is a copy of; null for a coded text */
  readonly copy_of: string | null;
}

export interface ClusterReport {
  readonly event_id: string;
  readonly article_id: string;
  readonly cameo: string;
  readonly date: string | null;
  readonly evidence: string;
}

export interface Cluster {
  readonly id: string;
  readonly root: string;
  /** earliest event day ('' when undated) */
  readonly day: string;
  readonly source_code: string | null;
  readonly target_code: string | null;
  readonly country: string | null;
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  readonly first_reporter: ClusterArticle | null;
  /** the coded events in it, in (date, id) order */
  readonly reports: readonly ClusterReport[];
  /** every article reporting it, copies included, earliest first */
  readonly articles: readonly ClusterArticle[];
}

/** What `dyad watch` remembers about a feed between polls. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO time of the last poll */
  readonly checkedAt: string | null;
  /** consecutive failures (for back-off) */
  readonly failures: number;
  /** ISO time before which the feed is not polled again */
  readonly nextAt: string | null;
}

/** Counts beyond StoreStats, for ingest reports and tests. */
export interface IngestStats {
  /** coded texts */
  articles: number;
  /** reports recorded as copies of a stored text (exact or near duplicates) */
  copies: number;
  events: number;
  clusters: number;
}

/** Dedup, journal, clusters and feed state: the ingest side of the Store. */
export interface IngestQueries {
  /** For each item: is it a report already stored (by id or canonical URL) or a copy of a stored text? */
  findDuplicates(items: readonly { id: string; fingerprint: ArticleFingerprint }[]): Promise<(DuplicateHit | null)[]>;
  /**
   * Stores a batch atomically, in order, deduplicating against the store and within the batch:
   * a known id is re-saved, a known canonical URL is skipped, an exact or near copy of a stored text is
   * recorded as another report of it, anything else is inserted and its events clustered. The journal
   * marks, when given, are written in the same transaction.
   */
  ingest(items: readonly IngestItem[], pipeline: string, marks?: readonly JournalMark[]): Promise<IngestOutcome[]>;
  /** How many items of this input source are durably done (0 when unknown). */
  journalPosition(source: string): Promise<number>;
  getCluster(id: string): Promise<Cluster | null>;
  ingestStats(): Promise<IngestStats>;
  getFeedState(url: string): Promise<FeedState | null>;
  setFeedState(state: FeedState): Promise<void>;
}
