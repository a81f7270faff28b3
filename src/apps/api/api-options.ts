// What the API is built from. Everything is passed in: the API opens no store and loads no pipeline.
import type { Store } from '../../adapters/store/store.ts';
import type { ArticleInput, CodedArticle } from '../../core/types.ts';
import type { ActorKinds } from '../../exports/actor-kinds.ts';

export type CodeArticle = (input: ArticleInput) => CodedArticle | Promise<CodedArticle>;

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
  /** POST body limit in bytes; default 2 MiB */
  maxBodyBytes?: number;
  /** where unexpected (500) errors are reported; default console.error */
  log?: (err: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
