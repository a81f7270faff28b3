// The attribution stage's word lists (dictionaries/attributions/*.txt).
import { join } from 'node:path';
import { readWordList } from './read-word-list.ts';

export interface AttributionWords {
  /** the nouns of saying and thinking: "his claim that …", "her decision to …" (cue-nouns.txt) */
  readonly cueNouns: ReadonlySet<string>;
  /** the words that make a paragraph's "Label:" page furniture, not a speaker: 'Correction:' (colon-labels.txt) */
  readonly colonLabels: ReadonlySet<string>;
}

export function loadAttributionWords(attributionsDir: string): AttributionWords {
  return {
    cueNouns: readWordList(join(attributionsDir, 'cue-nouns.txt')),
    colonLabels: readWordList(join(attributionsDir, 'colon-labels.txt')),
  };
}
