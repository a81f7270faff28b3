// Resolves one date phrase against the publication date: the pure core of the dates stage.
import { dayToIso, isoToDay } from './date-arith.ts';
import { PREFIX } from './date-lexicon.ts';
import { DATE_RULES, type DateRule, type DateTense, type Groups } from './date-rules.ts';

export type { DateTense } from './date-rules.ts';

export interface PhraseResolution {
  /** ISO YYYY-MM-DD, or null for periods ("this week", "in 2014") and when nothing anchors it */
  readonly date: string | null;
  /** not the date of the sentence's event: "in 2014", "last year", "since Monday" */
  readonly background: boolean;
}

const ANCHORED = DATE_RULES.map((rule) => ({ rule, re: new RegExp(`^${PREFIX}(?:${rule.body})$`, 'iu') }));

/** Applies one rule's resolver to its match; null when the match is not a date after all. */
export function applyRule(rule: DateRule, g: Groups, pub: number | null, tense: DateTense): PhraseResolution | null {
  if (rule.needsPrep === true && g.prep === undefined && g.which === undefined) return null;
  const r = rule.resolve(g, { pub, tense });
  if (r === null) return null;
  return {
    date: r.day === null ? null : inCalendar(dayToIso(r.day)),
    // "since 2014", "since Monday": the start of a state of affairs, not the event
    background: r.background || g.prep?.toLowerCase() === 'since',
  };
}

/**
 * resolveDatePhrase("on Thursday", "2020-08-16", "past") → { date: "2020-08-13", background: false }.
 * Returns null when the phrase is not a date expression Dyad knows.
 */
export function resolveDatePhrase(
  phrase: string,
  published: string | null,
  tense: DateTense = 'past',
): PhraseResolution | null {
  const text = phrase.trim();
  const pub = isoToDay(published);
  for (const { rule, re } of ANCHORED) {
    const m = re.exec(text);
    if (m === null) continue;
    const r = applyRule(rule, m.groups ?? {}, pub, tense);
    if (r !== null) return r;
  }
  return null;
}

/** Arithmetic past the year 9999 ("tomorrow" on 9999-12-31) gives no date rather than "+010000-01". */
function inCalendar(iso: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}
