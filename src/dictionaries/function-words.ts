// The language gate's word lists (dictionaries/lexicon/*-function-words.txt): one word a line,
// blank lines and # comments skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionWords } from '../core/language-gate.ts';

function readWordList(path: string): Set<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

export function loadFunctionWords(lexiconDir: string): FunctionWords {
  return {
    english: readWordList(join(lexiconDir, 'english-function-words.txt')),
    other: readWordList(join(lexiconDir, 'other-function-words.txt')),
  };
}
