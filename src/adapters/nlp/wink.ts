// The only module that imports wink-nlp. It turns text into our token and sentence layers.
import type { Nlp } from '../../core/nlp.ts';
import type { Sentence, Token } from '../../core/types.ts';
import { loadWink, MAX_LEARNT, type WinkInstance } from './wink-instance.ts';

export type { Nlp } from '../../core/nlp.ts';


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

// One instance per process, shared by every coder, replaced when it has learnt too many tokens
// (see wink-instance.ts: its output does not depend on what it learnt).
let shared: WinkInstance<WinkNlp> | null = null;

/** A fresh instance, made the shared one. Only sentence boundaries and POS tags: no NER, sentiment or negation passes (we do our own). */
function freshWink(): WinkInstance<WinkNlp> {
  shared = loadWink<WinkNlp>(['sbd', 'pos']);
  return shared;
}

function winkNow(): WinkInstance<WinkNlp> {
  return !shared || shared.learnt() > MAX_LEARNT ? freshWink() : shared;
}

let conflicts = 0;

/** How many documents were read again on a fresh wink instance (see wink-instance.ts). */
export function winkConflicts(): number {
  return conflicts;
}

/** wink's document for `text` (with the instance that read it), the same whatever the process read before. */
function readDoc(text: string): { doc: WinkDoc; its: WinkNlp['its'] } {
  let wink = winkNow();
  wink.begin();
  const doc = wink.nlp.readDoc(text);
  if (!wink.conflicted()) return { doc, its: wink.nlp.its };
  conflicts++;
  wink = freshWink();
  wink.begin();
  return { doc: wink.nlp.readDoc(text), its: wink.nlp.its };
}

// wink's tokenizer is quadratic in the length of a run without spaces (a 1 MB base64 blob takes
// minutes). No word is this long, so wink gets the text with a space in place of every
// LONG_RUN-th character of such a run; the length is the same, so offsets still point into the
// original text, and the tokens are read from it.
const LONG_RUN = 256;
const LONG_RUN_RE = new RegExp(`\\S{${LONG_RUN + 1},}`, 'g');

function breakLongRuns(text: string): string {
  // one pass over the characters first: almost no text has such a run
  let run = 0;
  let found = false;
  for (let k = 0; k < text.length && !found; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && /\s/.test(text[k]))) run = 0;
    else found = ++run > LONG_RUN;
  }
  if (!found) return text;
  return text.replace(LONG_RUN_RE, (run) => {
    const parts: string[] = [];
    for (let k = 0; k < run.length; k += LONG_RUN) parts.push(k === 0 ? run.slice(0, LONG_RUN) : ` ${run.slice(k + 1, k + LONG_RUN)}`);
    return parts.join('');
  });
}

// Sentences end after MAX_SENTENCE tokens at the latest, at a comma, semicolon or colon after
// SOFT_SENTENCE: the stages' cost grows faster than linearly in a sentence's length, and no
// sentence of real news comes near (the longest of 62,579 in our corpora has 222 tokens).
const SOFT_SENTENCE = 200;
const MAX_SENTENCE = 300;
const CLAUSE_END = new Set([',', ';', ':']);

export function createWinkNlp(): Nlp {
  winkNow();
  return {
    analyse(text: string) {
      const { doc, its } = readDoc(breakLongRuns(text));
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
        if (pos[i] === 'SPACE' || isBlank(v)) {
          if (v.includes('\n')) newSentence = true;
          continue;
        }
        if (tokens.length && hasNewline(text, tokens[tokens.length - 1].end, start)) newSentence = true;
        if (!newSentence && sentences.length) {
          const length = tokens.length - sentences[sentences.length - 1].first;
          if (length >= MAX_SENTENCE || (length >= SOFT_SENTENCE && CLAUSE_END.has(tokens[tokens.length - 1].text))) newSentence = true;
        }
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

const BLANK = /^\s*$/;

/** BLANK.test without the regex for a token that opens with a printable ASCII character (nearly all). */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  return c > 32 && c < 127 ? false : BLANK.test(v);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function closeSentence(sentences: Sentence[], tokens: readonly Token[]): void {
  const k = sentences.length - 1;
  const s = sentences[k];
  const last = tokens.length;
  sentences[k] = { ...s, last, end: tokens[last - 1].end };
}
