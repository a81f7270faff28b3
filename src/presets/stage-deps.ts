import type { Nlp } from '../core/nlp.ts';
import type { ActorIndex } from '../dictionaries/actor-index.ts';
import type { AttributionWords } from '../dictionaries/attribution-words.ts';
import type { CameoTable } from '../dictionaries/cameo-table.ts';
import type { Gazetteer } from '../dictionaries/gazetteer.ts';
import type { PatternIndex } from '../dictionaries/pattern-index.ts';

/** Everything the stages receive, compiled once: no stage loads data itself. */
export interface StageDeps {
  readonly nlp: Nlp;
  readonly actors: ActorIndex;
  readonly patterns: PatternIndex;
  readonly cameo: CameoTable;
  readonly gazetteer: Gazetteer;
  /** the attribution stage's word lists (cue nouns, colon labels) */
  readonly attributionWords: AttributionWords;
  readonly fingerprint: string;
  /** the 03x intent code of an act's code ("042" → "036"), or null */
  readonly intentOf: (cameo: string) => string | null;
}
