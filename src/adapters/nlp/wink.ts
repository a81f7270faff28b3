// The only module that imports wink-nlp. It turns text into our token and sentence layers.
import { createRequire } from 'node:module';
import type { Nlp } from '../../core/nlp.ts';
import type { Sentence, Token } from '../../core/types.ts';

export type { Nlp } from '../../core/nlp.ts';

const require = createRequire(import.meta.url);


// wink's typings are loose; this one cast keeps them out of the rest of the code.
interface WinkItems {
  out(f?: unknown): unknown;
  each(cb: (x: WinkItem) => void): void;
}
interface WinkItem {
  out(f?: unknown): unknown;
  tokens(): WinkItems;
}
interface WinkDoc {
  tokens(): WinkItems;
  sentences(): WinkItems;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

// wink-nlp mutates its shared model on every instantiation (a string grows each time), so a process
// makes one instance and shares it: re-instantiating it in a long test run ends in a RangeError.
let shared: WinkNlp | null = null;

export function createWinkNlp(): Nlp {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
  // Only sentence boundaries and POS tags: no NER, sentiment or negation passes (we do our own).
  shared ??= winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const nlp = shared;
  const its = nlp.its;
  return {
    analyse(text: string) {
      const doc = nlp.readDoc(text);
      const all = doc.tokens();
      const values = all.out(its.value) as string[];
      const spaces = all.out(its.precedingSpaces) as string[];
      const pos = all.out(its.pos) as string[];
      const lemmas = all.out(its.lemma) as string[];
      // wink's sentence boundaries, as the index of each sentence's first token
      const boundary = new Uint8Array(values.length + 1);
      for (const [first] of doc.sentences().out(its.span) as [number, number][]) boundary[first] = 1;
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      let cursor = 0;
      let newSentence = true;
      for (let i = 0; i < values.length; i++) {
        cursor += spaces[i].length;
        let start = cursor;
        const v = values[i];
        // wink is lossless, but guard against any drift so that offsets always point at the token.
        if (!text.startsWith(v, start)) {
          const found = text.indexOf(v, start);
          if (found >= 0) start = found;
        }
        cursor = start + v.length;
        if (boundary[i]) newSentence = true;
        // Whitespace tokens (newlines) are not kept; a line break always ends a sentence, so that
        // headlines, datelines and bylines without a full stop stand alone.
        if (pos[i] === 'SPACE' || v.trim() === '') {
          if (v.includes('\n')) newSentence = true;
          continue;
        }
        if (tokens.length && text.slice(tokens[tokens.length - 1].end, start).includes('\n')) newSentence = true;
        if (newSentence) {
          if (sentences.length) closeSentence(sentences, tokens);
          sentences.push({ index: sentences.length, first: tokens.length, last: tokens.length, start, end: start });
          newSentence = false;
        }
        const lower = v.toLowerCase();
        tokens.push({ i: tokens.length, start, end: cursor, text: v, lower, lemma: (lemmas[i] ?? lower).toLowerCase(), pos: pos[i], sentence: sentences.length - 1 });
      }
      if (sentences.length) closeSentence(sentences, tokens);
      return { tokens, sentences };
    },
  };
}

function closeSentence(sentences: Sentence[], tokens: readonly Token[]): void {
  const k = sentences.length - 1;
  const s = sentences[k];
  const last = tokens.length;
  sentences[k] = { ...s, last, end: tokens[last - 1].end };
}
