// The date grammar: one rule per kind of expression, each with its resolver. The finder runs the
// patterns over sentences; resolveDatePhrase runs them anchored over one phrase. Days are counted
// from the epoch (see date-arith.ts); `pub` is the publication day or null.
import { monthOf, weekdayOf, yearOf, ymdToDay } from './date-arith.ts';
import { at, explicit, lower, monthPeriod } from './date-resolvers.ts';
import { EDGE_AFTER, EDGE_BEFORE, MONTH_RE, MONTHS, NUMBER_RE, NUMBER_WORDS, PART_OF_DAY, WEEKDAY_RE, WEEKDAYS } from './date-lexicon.ts';

export type DateTense = 'past' | 'future';
export type Groups = Partial<Record<string, string>>;
export interface DateContext {
  readonly pub: number | null;
  readonly tense: DateTense;
}
export interface Resolved {
  readonly day: number | null;
  readonly background: boolean;
}
export interface DateRule {
  readonly id: string;
  readonly body: string;
  /** only after a preposition or a qualifier: "in March", "in 2014", never a bare "March" / "2014" */
  readonly needsPrep?: boolean;
  /**
   * The rule's cue: words one of which every match holds as a whole word, in any case (null: every
   * match holds a digit), so that most sentences skip most of the rules' full patterns.
   */
  readonly cueWords: readonly string[] | null;
  /** a test for mixed-case text, where the rule's month must be capitalised ("may" is a verb) */
  readonly capitalCue?: RegExp;
  resolve(g: Groups, ctx: DateContext): Resolved | null;
}

/** The word with its first letter in upper case and the rest in any case, as the 'iu' flags read it. */
const capitalised = (word: string) =>
  [...word].map((c, k) => (k === 0 ? c.toUpperCase() : `[${c}${c.toUpperCase()}${c === 's' ? 'ſ' : ''}]`)).join('');
const MONTH_WORDS = Object.keys(MONTHS);
const CAPITAL_MONTH_CUE = new RegExp(`${EDGE_BEFORE}(?:${MONTH_WORDS.map(capitalised).join('|')})${EDGE_AFTER}`, 'u');

const RELATIVE: Readonly<Record<string, number>> = {
  'the day before yesterday': -2, yesterday: -1, 'last night': -1, today: 0, tonight: 0,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0, overnight: 0, tomorrow: 1,
};

export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'relative-day',
    cueWords: ['yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'night', 'morning', 'afternoon', 'evening'],
    body: `(?<rel>the\\s+day\\s+before\\s+yesterday|yesterday|today|tonight|tomorrow|overnight|last\\s+night|this\\s+(?:morning|afternoon|evening))${PART_OF_DAY}`,
    resolve: (g, ctx) => at(ctx.pub, RELATIVE[lower(g.rel)]),
  },
  {
    id: 'days-ago',
    cueWords: ['ago'],
    body: `${NUMBER_RE}\\s+(?<unit>days?|weeks?)\\s+ago`,
    resolve: (g, ctx) => {
      const n = NUMBER_WORDS[lower(g.n)] ?? Number(g.n);
      return at(ctx.pub, -n * (lower(g.unit).startsWith('week') ? 7 : 1));
    },
  },
  {
    id: 'relative-period',
    cueWords: ['week', 'month', 'year'],
    body: `(?<which>last|next|this|past|coming)\\s+(?<unit>week|month|year)`,
    resolve: (g, ctx) => {
      const which = lower(g.which);
      const unit = lower(g.unit);
      // "last week" is taken as the same weekday a week before (a day is needed to date an event)
      if (unit === 'week' && which === 'last') return at(ctx.pub, -7);
      if (unit === 'week' && (which === 'next' || which === 'coming')) return at(ctx.pub, 7);
      // "this week", "earlier this month": a period, not a day; "last month/year" lies wholly before
      return { day: null, background: which === 'last' && unit !== 'week' };
    },
  },
  {
    id: 'weekday',
    cueWords: Object.keys(WEEKDAYS),
    body: `(?:(?<which>last|next|this|past|coming)\\s+)?${WEEKDAY_RE}${PART_OF_DAY}`,
    resolve: (g, ctx) => {
      if (ctx.pub === null) return { day: null, background: false };
      const target = WEEKDAYS[lower(g.wd)];
      const which = lower(g.which);
      const future = which === 'next' || which === 'coming' || (which !== 'last' && which !== 'past' && ctx.tense === 'future');
      const back = (weekdayOf(ctx.pub) - target + 7) % 7;
      const ahead = (target - weekdayOf(ctx.pub) + 7) % 7;
      // "later Saturday" in a Saturday paper: that day, whatever the tense
      if (back === 0 && (lower(g.lead) === 'later' || lower(g.lead) === 'earlier')) return at(ctx.pub, 0);
      if (future) return at(ctx.pub, ahead === 0 ? 7 : ahead);
      // "last Sunday" in a Sunday paper is a week ago; plain "Sunday" is that day
      return at(ctx.pub, -(back === 0 && (which === 'last' || which === 'past') ? 7 : back));
    },
  },
  {
    id: 'month-day',
    cueWords: MONTH_WORDS,
    capitalCue: CAPITAL_MONTH_CUE,
    body: `${MONTH_RE}\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(?<y>\\d{4}))?`,
    resolve: explicit,
  },
  {
    id: 'day-month',
    cueWords: MONTH_WORDS,
    capitalCue: CAPITAL_MONTH_CUE,
    body: `(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_RE}\\.?(?:,?\\s+(?<y>\\d{4}))?`,
    resolve: explicit,
  },
  {
    id: 'iso',
    cueWords: null,
    body: `(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})`,
    resolve: (g) => {
      const d = ymdToDay(Number(g.y), Number(g.m), Number(g.d));
      return d === null ? null : { day: d, background: false };
    },
  },
  {
    id: 'numeric',
    cueWords: null,
    // 13/08/2020 and 08/13/2020 are certain; 08/07/2020 could be either and is skipped
    body: `(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})`,
    resolve: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      if (a <= 12 && b <= 12 && a !== b) return null;
      const d = a > 12 ? ymdToDay(Number(g.y), b, a) : ymdToDay(Number(g.y), a, b);
      return d === null ? null : { day: d, background: false };
    },
  },
  {
    id: 'month-year',
    cueWords: MONTH_WORDS,
    capitalCue: CAPITAL_MONTH_CUE,
    body: `(?:(?<which>early|mid|late)[\\s-]+)?${MONTH_RE}\\.?,?\\s+(?<y>\\d{4})`,
    resolve: (g, ctx) => monthPeriod(Number(g.y), MONTHS[lower(g.mon)], ctx.pub),
  },
  {
    id: 'month',
    cueWords: MONTH_WORDS,
    capitalCue: CAPITAL_MONTH_CUE,
    body: `(?:(?<which>last|next|this|early|mid|late)[\\s-]+)?${MONTH_RE}`,
    needsPrep: true,
    resolve: (g, ctx) => {
      if (ctx.pub === null) return { day: null, background: false };
      const month = MONTHS[lower(g.mon)];
      const which = lower(g.which);
      const y = yearOf(ctx.pub);
      const m = monthOf(ctx.pub);
      if (which === 'next' || (which !== 'last' && ctx.tense === 'future')) {
        return monthPeriod(month > m || (month === m && which !== 'next') ? y : y + 1, month, ctx.pub);
      }
      return monthPeriod(month < m || (month === m && which !== 'last') ? y : y - 1, month, ctx.pub);
    },
  },
  {
    id: 'year',
    cueWords: null,
    // "the" only before a decade: "in the 1990s", never "in the 2016 election"
    body: `(?:the\\s+(?=\\d{4}s))?(?:(?<which>early|mid|late)[\\s-]+)?(?<y>(?:19|20)\\d{2})(?<decade>s)?`,
    needsPrep: true,
    resolve: (g, ctx) => {
      const y = Number(g.y);
      const end = g.decade ? y + 9 : y;
      return { day: null, background: ctx.pub !== null && end < yearOf(ctx.pub) };
    },
  },
];
