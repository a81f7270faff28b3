// Shapes shared by the exporters. Exports depend on core only, so the event shape is declared here;
// the store's StoredEvent fits it structurally.
import type { EventRecord } from '../core/types.ts';

/** Receives output chunks; return a promise to apply backpressure. */
export type Write = (chunk: string) => void | Promise<void>;

export type Source<T> = Iterable<T> | AsyncIterable<T>;

/** An event with the article it came from (both optional: a bare EventRecord exports too). */
export interface ExportEvent extends EventRecord {
  article_id?: string;
  article_url?: string | null;
  /** from the event's cluster (reports of the same event); 1 when unclustered */
  num_mentions?: number;
  num_sources?: number;
  num_articles?: number;
}
