import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWinkNlp } from '../adapters/nlp/wink.ts';
import { cleanText } from '../core/clean-text.ts';
import { languageGate } from '../core/language-gate.ts';
import { DyadError } from '../core/errors.ts';
import { createPipeline, pipelineFingerprint } from '../core/pipeline.ts';
import type { ArticleDoc, ArticleInput, CodedArticle } from '../core/types.ts';
import { compileActorIndex } from '../dictionaries/actor-index.ts';
import { loadAttributionWords } from '../dictionaries/attribution-words.ts';
import { loadCameoTable, loadIntentCodes, loadIrregularVerbs } from '../dictionaries/cameo-table.ts';
import { loadGazetteer } from '../dictionaries/gazetteer.ts';
import { loadFunctionWords } from '../dictionaries/function-words.ts';
import { loadDictionaries } from '../dictionaries/load-dictionaries.ts';
import { compilePatternIndex } from '../dictionaries/pattern-index.ts';
import { defaultStages } from '../presets/default.ts';
import type { StageDeps } from '../presets/stage-deps.ts';
import { toCodedArticle } from './to-coded-article.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export interface Coder {
  readonly fingerprint: string;
  readonly dictionaryHash: string;
  readonly deps: StageDeps;
  code(input: ArticleInput): CodedArticle;
  analyse(input: ArticleInput): ArticleDoc;
}

export interface CoderOptions {
  /** user dictionary directories layered over the shipped ones (same layout: actors/, verbs/) */
  readonly overlays?: readonly string[];
  readonly dictionaries?: string;
  /** code every text whatever its language (the fuzz suite: every stage must survive any text) */
  readonly anyLanguage?: boolean;
}

/** Loads, validates and compiles every dictionary once and builds the default pipeline. */
export function createCoder(options: CoderOptions = {}): Coder {
  const overlays = options.overlays ?? (process.env.DYAD_DICTIONARIES ? process.env.DYAD_DICTIONARIES.split(':').filter(Boolean) : []);
  const root = options.dictionaries ?? join(ROOT, 'dictionaries');
  const raw = loadDictionaries(root, overlays);
  if (raw.errors.length) {
    const first = raw.errors.slice(0, 5).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
    throw new DyadError('E_DICT_INVALID', `${raw.errors.length} invalid dictionary line(s):\n${first}`, raw.errors);
  }
  const nlp = createWinkNlp();
  const tokenize = (p: string) => nlp.analyse(p).tokens.map((t) => t.text);
  const lemmatize = (p: string) => nlp.analyse(p).tokens.map((t) => t.lemma);
  const stages = defaultStages();
  const fingerprint = pipelineFingerprint(VERSION, stages.map((s) => s.name), raw.hash);
  const deps: StageDeps = {
    nlp,
    actors: compileActorIndex(raw.actors, tokenize),
    patterns: compilePatternIndex(raw.patterns, lemmatize, raw.statements, tokenize, raw.context, loadIrregularVerbs(join(ROOT, 'dictionaries', 'lexicon'))),
    cameo: loadCameoTable(join(ROOT, 'dictionaries', 'reference')),
    gazetteer: loadGazetteer(),
    attributionWords: loadAttributionWords(join(root, 'attributions')),
    fingerprint,
    intentOf: loadIntentCodes(join(ROOT, 'dictionaries', 'reference')),
  };
  const gate = options.anyLanguage ? undefined : languageGate(loadFunctionWords(join(ROOT, 'dictionaries', 'lexicon')));
  const pipeline = createPipeline(stages, deps, fingerprint, cleanText, gate);
  return {
    fingerprint,
    dictionaryHash: raw.hash,
    deps,
    analyse: (input) => pipeline.run(input),
    code: (input) => toCodedArticle(pipeline.run(input)),
  };
}
