// Inputs for the fuzz suite (test/fuzz/coder.fuzz.test.ts, scripts/fuzz.ts): hostile text of many
// kinds, and news-like text built from a small vocabulary so that actors, verbs, quotes, dates and
// places meet and the event machinery runs, each with a random `published`.
import fc from 'fast-check';
import type { ArticleInput } from '../../src/core/types.ts';

// ---------------------------------------------------------------- published
const validDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString(), d.toUTCString()));
const oddDate = fc.constantFrom(
  '2020-13-45',
  '2021-02-29',
  '0000-00-00',
  '2020-8-16',
  '16 August 2020',
  'Aug 16, 2020',
  'yesterday',
  '1',
  '-1',
  '',
  ' ',
  '+275760-09-13',
  '-271821-04-20',
  '10000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2020-08-16T25:61:00Z',
  'NaN',
);
const digitDate = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
/** valid ISO dates and date-times, invalid strings, or no `published` at all */
export const publishedArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: validDate, weight: 4 },
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: oddDate, weight: 2 },
  { arbitrary: digitDate, weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
);

const idArb: fc.Arbitrary<string | undefined> = fc.option(fc.string({ minLength: 1, maxLength: 16, unit: 'grapheme' }), { nil: undefined });

const article = (text: fc.Arbitrary<string>): fc.Arbitrary<ArticleInput> =>
  fc.record({ id: idArb, text, published: publishedArb }).map(({ id, text, published }) => ({
    text,
    ...(id !== undefined ? { id } : {}),
    ...(published !== undefined ? { published } : {}),
  }));

// ---------------------------------------------------------------- hostile text
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u007f', '\u0085', '\u009f', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\r\n', '\r'),
);
const QUOTES = ['"', '“', '”', "''", '``', "'", '‘', '’', '«', '»', '„', '"""', '(', ')'];
const quote = fc.constantFrom(...QUOTES);

// ---------------------------------------------------------------- news fragments
const ACTORS = [
  'Russia',
  'Belarus',
  'Ukraine',
  'the United States',
  'Alexander Lukashenko',
  'President Alexander Lukashenko',
  'Belarusian President Alexander Lukashenko',
  'Vladimir Putin',
  'the Kremlin',
  'Minsk',
  'Moscow',
  'the European Union',
  'the EU',
  'NATO',
  'the United Nations',
  'Lithuania',
  'Poland',
  'protesters',
  'police',
  'riot police',
  'the opposition',
  'Svetlana Tikhanovskaya',
  'Belarusian authorities',
  'the Foreign Ministry',
  'Russian troops',
  'Hamas',
  'Israel',
  'he',
  'she',
  'they',
  'it',
  'officials',
  'an unnamed source',
];
const VERBS = [
  'said',
  'says',
  'accused',
  'met with',
  'will meet',
  'will visit',
  'visited',
  'threatened to impose sanctions on',
  'imposed sanctions on',
  'offered military assistance to',
  'offered to help',
  'condemned',
  'criticized',
  'praised',
  'arrested',
  'detained',
  'killed',
  'attacked',
  'did not attack',
  'denied attacking',
  'never threatened',
  'urged',
  'called on',
  'demanded that',
  'rejected',
  'agreed to a ceasefire with',
  'signed an agreement with',
  'expelled diplomats from',
  'recalled its ambassador from',
  'protested against',
  'warned',
  'may attack',
  'could invade',
  'is ready to help',
  'pledged support for',
  'blamed',
  'negotiated with',
  'fired on',
  'clashed with',
  'rallied against',
];
const NOUN_EVENTS = ['protests', 'violent protests continue', 'a rally', 'demonstrations', 'clashes', 'strikes', 'the ceasefire', 'talks', 'sanctions', 'riots'];
const DATES = [
  'on Sunday',
  'on Thursday',
  'on 16 August',
  'on August 9, 2020',
  'last week',
  'yesterday',
  'today',
  'tomorrow',
  'earlier this month',
  'in 2014',
  'in March',
  'on Aug. 9',
  'next Monday',
  'two days ago',
  'on 31 February',
  'on 2020-08-16',
  'in the 1990s',
];
const PLACES = ['in Minsk', 'in Kyiv', 'near Moscow', 'in Grodno', 'at the border', 'outside the embassy', 'in Vilnius, Lithuania', 'across Belarus', 'in Gaza', 'from Warsaw'];
const CUES = ['said', 'told reporters', 'according to', 'claimed', 'announced', 'wrote on Twitter', 'insisted', 'reportedly'];
const FILLER = ['and', 'but', 'if necessary', 'which', 'that', 'not', 'because', 'after', 'while', 'the', 'a', 'of', 'its', 'their', 'again', 'also', 'reportedly'];
const PUNCT = ['.', '.', '.', ',', ';', ':', '!', '?', '...', '…', ' -', ' —', '', '\n', '\n\n'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
// Lengths: fast-check's default size ('small') keeps strings and arrays to about ten items whatever
// maxLength says; the texts below ask for size 'max' so that lengths spread up to their maxLength.
const recase = (s: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: s, weight: 6 }, { arbitrary: s.map((x) => x.toUpperCase()), weight: 1 }, { arbitrary: s.map((x) => x.toLowerCase()), weight: 1 }, { arbitrary: fc.mixedCase(s), weight: 1 });

/** "Russia accused Belarus on Sunday in Minsk." with optional attribution, quotes and date/place */
const clause = fc
  .tuple(
    recase(pick(ACTORS)),
    recase(pick(VERBS)),
    fc.option(recase(pick(ACTORS)), { nil: '' }),
    fc.option(pick(DATES), { nil: '' }),
    fc.option(pick(PLACES), { nil: '' }),
  )
  .map((parts) => parts.filter(Boolean).join(' '));
const nounClause = fc.tuple(recase(pick(NOUN_EVENTS)), fc.option(pick(PLACES), { nil: '' }), fc.option(pick(DATES), { nil: '' })).map((p) => p.filter(Boolean).join(' '));
const attributed = fc
  .tuple(fc.oneof(clause, nounClause), pick(ACTORS), pick(CUES), quote, fc.boolean())
  .map(([c, who, cue, q, before]) => (before ? `${who} ${cue} ${q}${c}${q}` : `${q}${c},${q} ${who} ${cue}`));
const sentence = fc
  .tuple(fc.array(fc.oneof({ arbitrary: clause, weight: 4 }, { arbitrary: nounClause, weight: 1 }, { arbitrary: attributed, weight: 2 }, { arbitrary: pick(FILLER), weight: 2 }), { minLength: 1, maxLength: 4 }), pick(PUNCT))
  .map(([parts, end]) => parts.join(' ') + end);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ', '\t', '\r\n');

/** news-like text: sentences of actors, verbs, dates, places, quotes and punctuation */
export const newsText = fc.array(fc.tuple(sentence, separator), { minLength: 1, maxLength: 40, size: 'max' }).map((xs) => xs.map(([s, sep]) => s + sep).join(''));

/** news text cut and spliced with hostile pieces: quotes, controls, lone surrogates, random unicode */
const mixedText = fc
  .array(
    fc.oneof(
      { arbitrary: sentence, weight: 6 },
      { arbitrary: quote, weight: 2 },
      { arbitrary: control, weight: 1 },
      { arbitrary: loneSurrogate, weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
      { arbitrary: separator, weight: 2 },
    ),
    { maxLength: 60, size: 'max' },
  )
  .map((xs) => xs.join(''));

// "1 MB of one character". Left out, because they are known performance bugs (regressions.test.ts)
// that take minutes at this size: long runs of letters and of most ASCII punctuation (wink's
// tokenizer is quadratic in the length of an unbroken token: a megabyte of "a" takes minutes) and
// many short sentences with actors ("Russia. " × 131,072 takes 58 s: quadratic in sentences).
const RUN_CHARS = [' ', '\n', '\t', '.', '1', 'é', '中', '"', '“', ',', '😀', '\u00a0', '\r\n', 'a ', 'Russia ', 'said. ', '"Yes," he said. ', 'He said. '];
const MB = 1 << 20;

/** The arbitraries, each with its share of the runs. */
export interface FuzzArbitrary {
  readonly name: string;
  readonly arb: fc.Arbitrary<ArticleInput>;
  /** share of the total number of runs */
  readonly share: number;
  /** at least this many runs (default 1) */
  readonly minRuns?: number;
}

export const fuzzArbitraries: readonly FuzzArbitrary[] = [
  { name: 'news fragments', arb: article(newsText), share: 0.3 },
  {
    name: 'long news (16 KB and more, for the time bound)',
    arb: article(fc.array(fc.tuple(sentence, separator), { minLength: 250, maxLength: 600 }).map((xs) => xs.map(([s, sep]) => s + sep).join(''))),
    share: 0.005,
  },
  { name: 'news mixed with hostile pieces', arb: article(mixedText), share: 0.15 },
  { name: 'unicode graphemes', arb: article(fc.string({ unit: 'grapheme', maxLength: 400, size: 'max' })), share: 0.08 },
  { name: 'unicode composite graphemes', arb: article(fc.string({ unit: 'grapheme-composite', maxLength: 200, size: 'max' })), share: 0.04 },
  { name: 'binary code points', arb: article(fc.string({ unit: 'binary', maxLength: 400, size: 'max' })), share: 0.08 },
  { name: 'binary ascii', arb: article(fc.string({ unit: 'binary-ascii', maxLength: 400, size: 'max' })), share: 0.05 },
  {
    name: 'lone surrogates and control characters',
    arb: article(fc.array(fc.oneof(loneSurrogate, control, pick(ACTORS), pick(VERBS), fc.constant(' ')), { maxLength: 80, size: 'max' }).map((xs) => xs.join(''))),
    share: 0.08,
  },
  {
    name: 'nested and unbalanced quotes',
    arb: article(fc.array(fc.oneof({ arbitrary: quote, weight: 3 }, { arbitrary: clause, weight: 2 }, { arbitrary: pick(CUES), weight: 1 }, { arbitrary: pick(PUNCT), weight: 1 }, { arbitrary: fc.constant(' '), weight: 2 }), { maxLength: 60, size: 'max' }).map((xs) => xs.join(''))),
    share: 0.08,
  },
  {
    name: 'no sentence punctuation',
    arb: article(fc.array(fc.oneof(pick(ACTORS), pick(VERBS), pick(DATES), pick(PLACES), pick(FILLER)), { maxLength: 600, size: 'max' }).map((xs) => xs.join(' '))),
    share: 0.05,
  },
  {
    name: 'many newlines',
    arb: article(fc.array(fc.oneof({ arbitrary: fc.constantFrom('\n', '\n\n\n\n', '\r\n', '\r', '\u2028', '\n \n'), weight: 3 }, { arbitrary: clause, weight: 1 }, { arbitrary: quote, weight: 1 }), { maxLength: 300, size: 'max' }).map((xs) => xs.join(''))),
    share: 0.05,
  },
  {
    name: 'a long run of one character',
    arb: article(fc.tuple(pick(RUN_CHARS), fc.integer({ min: 1, max: 64 * 1024 })).map(([c, n]) => c.repeat(Math.ceil(n / c.length)))),
    share: 0.04,
  },
  {
    name: 'a megabyte of one character',
    arb: article(pick(RUN_CHARS).map((c) => c.repeat(Math.ceil(MB / c.length)))),
    share: 0.0002,
    minRuns: 2,
  },
];

/** How many runs each arbitrary gets out of `total` (every one gets at least one). */
export function runsFor(a: FuzzArbitrary, total: number): number {
  return Math.max(a.minRuns ?? 1, Math.round(a.share * total));
}
