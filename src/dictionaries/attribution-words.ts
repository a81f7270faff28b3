// The attribution stage's word lists (dictionaries/attributions/*.txt): one word a line, blank lines
// and # comments skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AttributionWords {
  /** the nouns of saying and thinking: "his claim that …", "her decision to …" (cue-nouns.txt) */
  readonly cueNouns: ReadonlySet<string>;
  /** the words that make a paragraph's "Label:" page furniture, not a speaker: 'Correction:' (colon-labels.txt) */
  readonly colonLabels: ReadonlySet<string>;
}

function readWordList(path: string): ReadonlySet<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

export function loadAttributionWords(attributionsDir: string): AttributionWords {
  return {
    cueNouns: readWordList(join(attributionsDir, 'cue-nouns.txt')),
    colonLabels: readWordList(join(attributionsDir, 'colon-labels.txt')),
  };
}
