// Loads wink-nlp so that its output depends on the text alone, and keeps its memory bounded.
//
// wink keeps one lexicon per instance that grows with every new token ("out-of-vocabulary" words:
// names, numbers, typos), and its tokenizer consults that lexicon: the first time it meets
// "O’Neill..." it splits it one way, every later time another. So the same article could code
// differently depending on what a long-running server or worker had coded before. We wrap wink's
// lexicon so that the tokenizer only ever sees the model's own vocabulary (new tokens are still
// added, with the same features each time they are added), which makes tokenizing a pure function
// of the text. The same growth is a memory leak; since it no longer changes output, the instance is
// simply replaced by a fresh one once it has learnt `MAX_LEARNT` tokens.
//
// wink also mutates its model module on every instantiation (a JSON string is re-stringified each
// time, a RangeError after dozens), so a fresh instance needs fresh copies of the model's modules.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** Tokens an instance may learn before it is replaced (about 150 bytes each); DYAD_NLP_MAX_LEARNT sets it. */
export const MAX_LEARNT = Number(process.env.DYAD_NLP_MAX_LEARNT) || 400_000;

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  /** the index of a lexeme's lower-case form (for a learnt one: where add() put it) */
  normal(index: number): number;
  intrinsicSize(): number;
  currentSize(): number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

export interface WinkInstance<N> {
  readonly nlp: N;
  /** tokens learnt beyond the model's vocabulary */
  learnt(): number;
  /** starts a document: conflicts are counted from here */
  begin(): void;
  /** whether the document since begin() met a token learnt from an earlier one under another category */
  conflicted(): boolean;
}

/**
 * A learnt token keeps the features of its first sighting, including its category (word,
 * punctuation, symbol …), which the tokenizer decides from the token's context. A token that an
 * earlier document taught under another category than this document gives it would make this
 * document's output depend on that earlier one; the tracker notices, and the adapter codes the
 * document again on a fresh instance (rare: junk text, odd splits).
 */
interface Tracker {
  /** per learnt lexeme (its index minus the model's vocabulary size): the document that taught it (0: none yet) */
  taughtBy: Int32Array;
  /** … and the category it was learnt under */
  category: Uint8Array;
  /** the document being read, from 1 */
  doc: number;
  conflict: boolean;
}

// the cache (and its tracker) that the wrapped factory built last: loadWink takes them from here
let lastBuilt: { readonly cache: WinkCache; readonly tracker: Tracker } | null = null;

/** Replaces wink's cache factory, before wink-nlp itself is loaded, by one that hides learnt tokens. */
function patchCache(): void {
  const path = require.resolve('wink-nlp/src/cache.js');
  if (require.cache[require.resolve('wink-nlp')] && !require.cache[path]?.exports.dyadPatched) {
    throw new Error('wink-nlp was loaded before its cache could be wrapped: load it only through src/adapters/nlp');
  }
  const original = require(path) as CacheFactory & { dyadPatched?: true };
  if (original.dyadPatched) return;
  const patched = (model: unknown, featureFn: unknown): WinkCache => {
    const cache = original(model, featureFn);
    const intrinsic = cache.intrinsicSize();
    const { lookup, add } = cache;
    // While a token is being added, its feature functions must see the whole lexicon (a new
    // word's POS guess looks its lower-case form up right after adding it).
    let adding = false;
    const tracker: Tracker = { taughtBy: new Int32Array(1024), category: new Uint8Array(1024), doc: 0, conflict: false };
    // kept by lexeme index, which add() returns, rather than by text: a map of every learnt text was
    // looked up twice for every unknown word of every article, the slowest lookups of the pipeline
    const note = (index: number, category: number) => {
      const k = index - intrinsic;
      if (k >= tracker.taughtBy.length) grow(tracker, k);
      const by = tracker.taughtBy[k];
      if (by === 0) {
        tracker.taughtBy[k] = tracker.doc;
        tracker.category[k] = category;
      } else if (by !== tracker.doc && tracker.category[k] !== category) {
        tracker.conflict = true;
      }
    };
    cache.add = (text, category) => {
      adding = true;
      let index: number;
      try {
        index = add(text, category);
      } finally {
        adding = false;
      }
      // the text and its lower-case form (add() learns both), unless the model knows them
      if (index >= intrinsic) {
        note(index, category);
        const lower = cache.normal(index);
        if (lower !== index && lower >= intrinsic) note(lower, category);
      }
      return index;
    };
    cache.lookup = (text) => {
      const found = lookup(text);
      return !adding && found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
    };
    lastBuilt = { cache, tracker };
    return cache;
  };
  patched.dyadPatched = true as const;
  require.cache[path]!.exports = patched;
}

function grow(tracker: Tracker, k: number): void {
  let size = tracker.taughtBy.length * 2;
  while (size <= k) size *= 2;
  const taughtBy = new Int32Array(size);
  taughtBy.set(tracker.taughtBy);
  const category = new Uint8Array(size);
  category.set(tracker.category);
  tracker.taughtBy = taughtBy;
  tracker.category = category;
}

/** A new wink instance over a freshly loaded copy of the model. */
export function loadWink<N>(pipe: readonly string[]): WinkInstance<N> {
  patchCache();
  const modelMain = require.resolve('wink-eng-lite-web-model');
  const modelDir = dirname(modelMain);
  for (const key of Object.keys(require.cache)) if (key.startsWith(modelDir)) delete require.cache[key];
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => N;
  lastBuilt = null;
  const nlp = winkNLP(require(modelMain), [...pipe]);
  const built = lastBuilt as { readonly cache: WinkCache; readonly tracker: Tracker } | null;
  if (!built) throw new Error('wink-nlp did not build its cache through the wrapped factory');
  const { cache, tracker } = built;
  const base = cache.currentSize();
  return {
    nlp,
    learnt: () => cache.currentSize() - base,
    begin() {
      tracker.doc++;
      tracker.conflict = false;
    },
    conflicted: () => tracker.conflict,
  };
}
