// The only module that imports wink-nlp. It turns text into our token and sentence layers.
import { createRequire } from 'node:module';
import type { Sentence, Token } from '../../core/types.ts';

const require = createRequire(import.meta.url);

export interface Nlp {
  /** Tokens and sentences with exact offsets into `text`. */
  analyse(text: string): { tokens: Token[]; sentences: Sentence[] };
}

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

export function createWinkNlp(): Nlp {
  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    analyse(text: string) {
      const doc = nlp.readDoc(text);
      const all = doc.tokens();
      const values = all.out(its.value) as string[];
      const spaces = all.out(its.precedingSpaces) as string[];
      const pos = all.out(its.pos) as string[];
      const lemmas = all.out(its.lemma) as string[];
      const sentenceIndex = new Int32Array(values.length);
      const sentences: Sentence[] = [];
      // Sentence token ranges: wink reports each sentence's token count through its token list.
      let t = 0;
      doc.sentences().each((s) => {
        const n = (s.tokens().out() as string[]).length;
        sentences.push({ index: sentences.length, first: t, last: t + n, start: 0, end: 0 });
        for (let k = t; k < t + n; k++) sentenceIndex[k] = sentences.length - 1;
        t += n;
      });
      const tokens: Token[] = new Array(values.length);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        cursor += spaces[i].length;
        let start = cursor;
        const v = values[i];
        // wink is lossless, but guard against any drift so that offsets always point at the token.
        if (text.startsWith(v, start) === false) {
          const found = text.indexOf(v, start);
          if (found >= 0) start = found;
        }
        const end = start + v.length;
        cursor = end;
        const lower = v.toLowerCase();
        tokens[i] = {
          i,
          start,
          end,
          text: v,
          lower,
          lemma: (lemmas[i] ?? lower).toLowerCase(),
          pos: pos[i],
          sentence: sentenceIndex[i],
        };
      }
      for (let k = 0; k < sentences.length; k++) {
        const s = sentences[k];
        if (s.last > s.first) {
          sentences[k] = { ...s, start: tokens[s.first].start, end: tokens[s.last - 1].end };
        }
      }
      return { tokens, sentences: sentences.filter((s) => s.last > s.first) };
    },
  };
}
