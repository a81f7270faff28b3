// What the API is built from. Everything is passed in: the API opens no store and loads no pipeline.
import type { Store } from '../../adapters/store/store.ts';
import type { ArticleInput, CodedArticle } from '../../core/types.ts';
import type { ActorKinds } from '../../exports/actor-kinds.ts';
import type { ExplainTrail } from '../explain-trail.ts';

export type CodeArticle = (input: ArticleInput) => CodedArticle | Promise<CodedArticle>;

/** An article coded together with its decision trail (coder.analyse + explainTrail). */
export interface ExplainedArticle {
  article: CodedArticle;
  explain: ExplainTrail;
}
export type ExplainArticle = (input: ArticleInput) => ExplainedArticle | Promise<ExplainedArticle>;
/** Fetches and extracts one article from a URL (POST /ingest {url}). */
export type FetchArticle = (url: string) => Promise<ArticleInput>;

export interface ApiOptions {
  store: Store;
  /** codes one article; POST /code and POST /ingest answer 501 without it */
  code?: CodeArticle;
  /** bearer token for POST /ingest; without one, ingest is disabled (403) */
  token?: string;
  /** pipeline fingerprint recorded with ingested articles; default: the first event's `pipeline` */
  pipeline?: string;
  /** actor block kinds for the GDELT export; default loadActorKinds() on first use */
  actorKinds?: ActorKinds;
  /** codes with the decision trail: POST /code?explain=true, GET /events/:id?explain=true; 501 without it */
  explain?: ExplainArticle;
  /** for POST /ingest {url} without text; 501 without it */
  fetchArticle?: FetchArticle;
  /** directory of the built dashboard (dist/web); without it, GET / describes the API as JSON */
  webRoot?: string;
  /** POST body limit in bytes; default 2 MiB */
  maxBodyBytes?: number;
  /** where unexpected (500) errors are reported; default console.error */
  log?: (err: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
