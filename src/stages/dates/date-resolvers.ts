// Shared pieces of the date rules' resolvers: offsets from publication, year-less dates, periods.
import { monthOf, yearOf, ymdToDay } from './date-arith.ts';
import { MONTHS } from './date-lexicon.ts';
import type { DateContext, Groups, Resolved } from './date-rules.ts';

export const at = (pub: number | null, offset: number): Resolved => ({ day: pub === null ? null : pub + offset, background: false });
export const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** The first existing day-month on or before (past) / on or after (future) publication. */
function seek(month: number, day: number, pub: number, dir: 1 | -1): number | null {
  const y0 = yearOf(pub);
  // eight years always reach a 29 February
  for (let k = 0; k <= 8; k++) {
    const d = ymdToDay(y0 + dir * k, month, day);
    if (d !== null && dir * (d - pub) >= 0) return d;
  }
  return null;
}

/**
 * A day-month without a year: the nearest one not after publication in past-tense text, not
 * before it in future clauses. One exception: a past reading loses to the coming one when that is
 * at least three times nearer ("ahead of the state's June 7 primary" on 24 May is not last June).
 */
function nearestYear(month: number, day: number, ctx: DateContext): number | null {
  if (ctx.pub === null) return null;
  const ahead = seek(month, day, ctx.pub, 1);
  if (ctx.tense === 'future') return ahead;
  const back = seek(month, day, ctx.pub, -1);
  if (back !== null && ahead !== null && 3 * (ahead - ctx.pub) < ctx.pub - back) return ahead;
  return back;
}

/** Month-level periods have no day; they are background when they ended before publication's month. */
export function monthPeriod(year: number, month: number, pub: number | null): Resolved {
  const before = pub !== null && year * 12 + month < yearOf(pub) * 12 + monthOf(pub);
  return { day: null, background: before };
}

export function explicit(g: Groups, ctx: DateContext): Resolved | null {
  const month = MONTHS[lower(g.mon)];
  const day = Number(g.d);
  const d = g.y ? ymdToDay(Number(g.y), month, day) : nearestYear(month, day, ctx);
  if (d === null && (g.y || ctx.pub !== null)) return null; // 31 April is not a date
  return { day: d, background: false };
}
