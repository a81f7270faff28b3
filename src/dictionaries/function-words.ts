// The language gate's word lists (dictionaries/lexicon/*-function-words.txt).
import { join } from 'node:path';
import { readWordList } from './read-word-list.ts';
import type { FunctionWords } from '../core/language-gate.ts';

export function loadFunctionWords(lexiconDir: string): FunctionWords {
  return {
    english: readWordList(join(lexiconDir, 'english-function-words.txt')),
    other: readWordList(join(lexiconDir, 'other-function-words.txt')),
  };
}
