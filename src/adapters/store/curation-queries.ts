// Store queries for curators and maintenance: which articles a new pipeline should re-code, and
// which actor texts were kept on events without a code (candidates for a dictionary entry).

export interface ArticleIdFilter {
  /** only articles saved by a pipeline fingerprint other than this one (stale after a dictionary change) */
  pipelineNot?: string;
}

/** An actor text kept on events as source or target with `code: null` ("gunmen", "troops"). */
export interface UnknownActor {
  /** the text as it appears in the example (counts are grouped case-insensitively) */
  text: string;
  /** how many event sources and targets carry it */
  n: number;
  /** the evidence (sentence) of one such event, and where it is */
  example: string;
  article_id: string;
  event_id: string;
}

export interface CurationQueries {
  /** Article ids in id order, optionally only those saved by another pipeline fingerprint. */
  listArticleIds(filter?: ArticleIdFilter): Promise<string[]>;
  /** The most frequent uncoded source/target texts, most frequent first (ties by text). */
  unknownActors(limit: number): Promise<UnknownActor[]>;
}
