// The nouns of saying and thinking (dictionaries/attributions/cue-nouns.txt): "his claim that …", "her decision to …".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dictionaries', 'attributions', 'cue-nouns.txt');

/** One word a line; blank lines and # comments skipped. */
export function loadWordList(path: string = FILE): ReadonlySet<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

export const CUE_NOUNS: ReadonlySet<string> = loadWordList();
