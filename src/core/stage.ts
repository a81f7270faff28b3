import type { ArticleDoc, LayerName, Layers } from './types.ts';

/**
 * A pipeline stage: a function over one ArticleDoc with a declared contract.
 * `run` returns only the layers it assigns; the runner refuses anything else.
 */
export interface Stage<Deps = unknown> {
  /** versioned name, e.g. "actors.dictionary.v1" */
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: ArticleDoc, deps: Deps): Partial<Layers>;
}
