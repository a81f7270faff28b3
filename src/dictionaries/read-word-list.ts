// A word list file (dictionaries/lexicon/*.txt, dictionaries/attributions/*.txt): one word or phrase a
// line, blank lines and # comments skipped.
import { readFileSync } from 'node:fs';

export function readWordList(path: string): Set<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
