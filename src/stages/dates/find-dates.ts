// Finds the date expressions of one sentence and resolves each against the publication date.
import { isAsciiDigit, isAsciiLetter } from '../../core/ascii-class.ts';
import type { DateMention, Sentence, Token } from '../../core/types.ts';
import { wordFlags } from '../../core/word-flags.ts';
import { isoToDay } from './date-arith.ts';
import { EDGE_AFTER, EDGE_BEFORE, MONTHS, PREFIX, WEEKDAYS } from './date-lexicon.ts';
import { DATE_RULES } from './date-rules.ts';
import { tenseAt } from './date-tense.ts';
import { applyRule } from './resolve-date-phrase.ts';

const GLOBAL = DATE_RULES.map((rule, k) => ({
  rule,
  bit: 1 << k,
  re: new RegExp(`${EDGE_BEFORE}${PREFIX}(?:${rule.body})${EDGE_AFTER}`, 'giu'),
  // where the rule's cue words stand (as whole words) or its digits
  cues: rule.cueWords ? new RegExp(`${EDGE_BEFORE}(?:${rule.cueWords.join('|')})${EDGE_AFTER}`, 'giu') : /\d/gu,
}));

// The rules whose cue a sentence's tokens hold, read in one pass: a bit per rule.
const CUE_BITS = wordFlags(...DATE_RULES.map((rule) => rule.cueWords ?? []));
const DIGIT_BITS = GLOBAL.reduce((bits, g) => (g.rule.cueWords ? bits : bits | g.bit), 0);
const ALL_BITS = GLOBAL.reduce((bits, g) => bits | g.bit, 0);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** /\s/u at text[k], without the regex for ASCII. */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[k]));
}

/**
 * The rules whose cue stands in the sentence, read from its tokens: a cue word is a whole run of
 * letters, inside one token (a token of ASCII letters, or a run of them set off by punctuation:
 * "mid-March", "Aug."). A run that two tokens share (no space between), a letter or digit outside
 * ASCII (case folding: "ſ" is an "s") or a character between tokens other than white space could
 * hide one: then every rule is tried, as a scan of the text would.
 */
function cueBits(text: string, tokens: readonly Token[], s: Sentence): number {
  let bits = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (k > s.first) {
      const gap = t.start - tokens[k - 1].end;
      if (gap === 0 ? wordChar(text, t.start - 1) && wordChar(text, t.start) : !blank(text, tokens[k - 1].end, t.start)) return ALL_BITS;
    }
    const v = t.text;
    let from = -1;
    for (let i = 0; i <= v.length; i++) {
      const c = i < v.length ? v.charCodeAt(i) : 32;
      if (isAsciiLetter(c)) {
        if (from < 0) from = i;
        continue;
      }
      if (isAsciiDigit(c)) bits |= DIGIT_BITS;
      else if (c > 127 && LETTER_OR_DIGIT.test(v[i])) return ALL_BITS;
      if (from >= 0) {
        // a run touching a digit ("13th", "1990s") is no whole word
        if (!isAsciiDigit(c) && (from === 0 || !isAsciiDigit(v.charCodeAt(from - 1)))) bits |= CUE_BITS.get(from === 0 && i === v.length ? t.lower : v.slice(from, i).toLowerCase()) ?? 0;
        from = -1;
      }
    }
  }
  return bits;
}

function wordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return isAsciiLetter(c) || isAsciiDigit(c) || (c > 127 && LETTER_OR_DIGIT.test(text[k]));
}

function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceAt(text, k)) return false;
  return true;
}

/**
 * Words a match may hold before the word of its cue: the prefix ("early on") and at most three of
 * the rule's own ("the day before yesterday", "the 13th of March"). Words are runs of characters
 * other than white space and hyphens (the rules join their words with `\s+` or `[\s-]+`).
 */
const WORDS_BEFORE_CUE = 5;

function isSeparator(body: string, k: number): boolean {
  return body.charCodeAt(k) === 45 || isSpaceAt(body, k);
}

/** The earliest start of a match whose first cue is at `at`: WORDS_BEFORE_CUE words before the cue's own. */
function windowStart(body: string, at: number): number {
  let k = at;
  while (k > 0 && !isSeparator(body, k - 1)) k--;
  for (let w = 0; w < WORDS_BEFORE_CUE && k > 0; w++) {
    while (k > 0 && isSeparator(body, k - 1)) k--;
    while (k > 0 && !isSeparator(body, k - 1)) k--;
  }
  return k;
}

/**
 * The next match of `re` at or after `from`, as a global scan from `from` would find it, but
 * starting the scan near the rule's next cue: every match holds a cue, so the text before that
 * window, and after the last cue, cannot hold one.
 */
function nextMatch(body: string, re: RegExp, cues: RegExp, from: number): RegExpExecArray | null {
  cues.lastIndex = from;
  const cue = cues.exec(body);
  if (cue === null) return null;
  re.lastIndex = Math.max(from, windowStart(body, cue.index));
  return re.exec(body);
}

const DATE_WORDS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'yesterday', 'today', 'tonight', 'tomorrow', 'overnight',
  'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening',
  'day', 'days', 'ago', 'decade', 'decades',
]);
/** A year, an ISO date or a numeric date: plain numbers ("12 people") date nothing on their own. */
const DATE_NUMBER = /^((1[89]|20)\d\d(s)?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/** "Sept." counts as "sept"; no string is built for the common word without a dot. */
function isDateWord(lower: string): boolean {
  return DATE_WORDS.has(lower) || (lower.endsWith('.') && DATE_WORDS.has(lower.slice(0, -1)));
}

function mayHoldDate(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    const c = t.text.charCodeAt(0);
    if (isAsciiDigit(c) ? DATE_NUMBER.test(t.text) : isDateWord(t.lower)) return true;
  }
  return false;
}

/** Token range [first, last) inside [from, to) that covers the characters [start, end). */
function tokenRange(tokens: readonly Token[], from: number, to: number, start: number, end: number): [number, number] {
  let first = from;
  while (first < to && tokens[first].end <= start) first++;
  let last = first;
  while (last < to && tokens[last].start < end) last++;
  return [first, last];
}

export function findDates(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  published: string | null,
): DateMention[] {
  // Most sentences have no date at all: one cheap look at the tokens before a dozen regexes.
  if (!mayHoldDate(tokens, sentence)) return [];
  const body = text.slice(sentence.start, sentence.end);
  // In mixed-case text a month must be capitalised: "may", "march" are mostly verbs.
  const mixedCase = /\p{Lu}/u.test(body);
  const pub = isoToDay(published);
  const found: DateMention[] = [];
  const bits = cueBits(text, tokens, sentence);
  for (const { rule, bit, re, cues } of GLOBAL) {
    if ((bits & bit) === 0 || (mixedCase && rule.capitalCue && !rule.capitalCue.test(body))) continue;
    for (let m = nextMatch(body, re, cues, 0); m !== null; m = nextMatch(body, re, cues, re.lastIndex)) {
      const g = m.groups ?? {};
      if (mixedCase && g.mon !== undefined && g.mon[0] === g.mon[0].toLowerCase()) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const [first, last] = tokenRange(tokens, sentence.first, sentence.last, start, end);
      const tense = tenseAt(tokens, sentence.first, sentence.last, first, last);
      const r = applyRule(rule, g, pub, tense);
      if (r === null) continue;
      found.push({ start, end, text: m[0], sentence: sentence.index, ...r });
    }
  }
  // Longest leftmost wins: "August 13, 2020" over "August 2020"-like partial readings.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) if (out.length === 0 || d.start >= out[out.length - 1].end) out.push(d);
  return out;
}
