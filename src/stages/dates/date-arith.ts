// Calendar arithmetic on ISO dates in UTC only: a local time zone never shifts a day.

const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date ("2020-08-16" or a timestamp starting with one), or null. */
export function isoToDay(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (m === null) return null;
  return ymdToDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days since the epoch, or null when the day does not exist (31 April, 29 February 2021). */
export function ymdToDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1) return null;
  return ms / DAY_MS;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 1 … 12 */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}
