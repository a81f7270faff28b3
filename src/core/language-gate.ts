// Dyad codes English. A text declared in another language, written mostly in another script, or
// with more function words of other Latin-script languages than English ones is not coded (its
// events would be noise) and carries a warning instead. Short texts are always coded: too little
// to tell; so are telegraphic English snippets with few function words of any language.
import type { ArticleDoc, Message } from './types.ts';
import { isAsciiLetter } from './ascii-class.ts';
import { wordFlags } from './word-flags.ts';

/** Letters before which nothing is decided. */
const MIN_LETTERS = 40;
/** Words before which the function-word share is not trusted. */
const MIN_WORDS = 15;
/** Share of Latin letters below which a text is in another script. */
const MIN_LATIN = 0.5;
/** Share of other languages' function words from which, when they outnumber the English ones, a
 * Latin-script text is not English (English news: 0.00–0.02, see test/core/language-gate.test.ts). */
const MIN_OTHER_SHARE = 0.05;
/** Only the start of a long text is read: a few hundred words settle it. */
const SAMPLE = 4_000;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

export interface LanguageGuess {
  readonly english: boolean;
  readonly why: string;
}

export interface FunctionWords {
  readonly english: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
}

export function guessEnglish(text: string, functionWords: FunctionWords): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let latin = 0;
  // whether every letter is plain ASCII (and no surrogate pair hides one): then words are cut without a regex
  let ascii = true;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (isAsciiLetter(c)) {
      letters++;
      latin++;
    } else if (c >= 0xaa) {
      // a letter outside the surrogate range (astral letters are rare enough to be left out)
      const ch = sample[k];
      if (c >= 0xd800 && c <= 0xdfff) ascii = false;
      else if (LETTER.test(ch)) {
        ascii = false;
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  if (letters < MIN_LETTERS) return { english: true, why: 'too short to tell' };
  if (latin / letters < MIN_LATIN) return { english: false, why: `${Math.round((100 * latin) / letters)}% of its letters are Latin` };
  const words = ascii ? asciiWords(sample) : (sample.toLowerCase().match(/\p{L}+/gu) ?? []);
  if (words.length < MIN_WORDS) return { english: true, why: 'too few words to tell' };
  let english = 0;
  let other = 0;
  const flags = flagsOf(functionWords);
  for (const w of words) {
    const f = flags.get(w);
    if (f === undefined) continue;
    if (f & 1) english++;
    else other++;
  }
  const pct = (n: number) => Math.round((100 * n) / words.length);
  if (other > english && other / words.length >= MIN_OTHER_SHARE) {
    return { english: false, why: `${pct(other)}% of its words are function words of other languages, ${pct(english)}% English ones` };
  }
  return { english: true, why: `${pct(english)}% English function words, ${pct(other)}% of other languages` };
}

/** The runs of ASCII letters of a text with no other letters, lower-cased: what /\p{L}+/gu finds in it. */
export function asciiWords(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let k = 0; k <= text.length; k++) {
    const letter = k < text.length && isAsciiLetter(text.charCodeAt(k));
    if (letter && from < 0) from = k;
    else if (!letter && from >= 0) {
      out.push(text.slice(from, k).toLowerCase());
      from = -1;
    }
  }
  return out;
}

// the two lists as one map (one lookup per word), made once per list pair
const flagsMemo = new WeakMap<FunctionWords, ReadonlyMap<string, number>>();
function flagsOf(words: FunctionWords): ReadonlyMap<string, number> {
  let flags = flagsMemo.get(words);
  if (!flags) flagsMemo.set(words, (flags = wordFlags(words.english, words.other)));
  return flags;
}

/** The pipeline's gate: a warning when the article should not be coded, else null. */
export function languageGate(functionWords: FunctionWords): (doc: ArticleDoc) => Message | null {
  return (doc) => {
    const declared = doc.meta.language?.trim();
    if (declared && !/^en(\b|[-_])/i.test(declared)) {
      return { stage: 'language', code: 'W001', severity: 'warning', text: `not coded: the article is declared "${declared}", and Dyad codes English` };
    }
    const guess = guessEnglish(doc.text, functionWords);
    if (guess.english) return null;
    return { stage: 'language', code: 'W001', severity: 'warning', text: `not coded: the text does not look English (${guess.why})` };
  };
}
