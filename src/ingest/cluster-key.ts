// When two coded events are the same real-world event reported twice: same CAMEO root, dates at most
// one day apart, compatible actors and a compatible place. "Riot police detained protesters in Minsk"
// (BLRCOP → BLRCVL, 1724, 16 Aug) and "Belarusian police arrested demonstrators" (BLRCOP → BLRCVL,
// 173, 17 Aug, Minsk) are one event; either against "Police in Kyiv detained …" (UKRCOP) is not.
import type { EventRecord } from '../core/types.ts';

export interface ClusterKey {
  readonly root: string;
  /** YYYY-MM-DD, or '' for an undated event (which never joins another) */
  readonly day: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly country: string | null;
  readonly place: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** Places this far apart are not the same place, whatever their names. */
export const MAX_PLACE_KM = 100;

export function clusterKey(e: EventRecord): ClusterKey {
  const day = e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : '';
  const loc = e.location;
  const named = loc && loc.precision !== 'unknown';
  return {
    root: e.root || e.cameo.slice(0, 2),
    day,
    source: e.source?.code ?? null,
    target: e.target?.code ?? null,
    country: named ? loc.country : null,
    place: named && loc.precision !== 'country' ? loc.name.toLowerCase() : null,
    lat: named && loc.precision === 'city' ? loc.lat : null,
    lon: named && loc.precision === 'city' ? loc.lon : null,
  };
}

/** The days a matching cluster may be on: [day - 1, day + 1]. */
export function dayWindow(day: string): [string, string] {
  const t = Date.parse(`${day}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [iso(t - 86_400_000), iso(t + 86_400_000)];
}

/** 'match' when one code refines the other (RUS / RUSGOV), 'unknown' when either is missing. */
function codeRelation(a: string | null, b: string | null): 'match' | 'unknown' | 'conflict' {
  if (a === null || b === null) return 'unknown';
  return a.startsWith(b) || b.startsWith(a) ? 'match' : 'conflict';
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function placesCompatible(a: ClusterKey, b: ClusterKey): boolean {
  if (a.country === null || b.country === null) return true;
  if (a.country !== b.country) return false;
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) return km(a.lat, a.lon, b.lat, b.lon) <= MAX_PLACE_KM;
  return a.place === null || b.place === null || a.place === b.place;
}

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** True when the two keys describe the same event. At least one actor must match; none may conflict. */
export function sameEvent(a: ClusterKey, b: ClusterKey): boolean {
  if (a.root !== b.root || a.day === '' || b.day === '' || dayGap(a.day, b.day) > 1) return false;
  const rel = [codeRelation(a.source, b.source), codeRelation(a.target, b.target)];
  if (rel.includes('conflict') || !rel.includes('match')) return false;
  return placesCompatible(a, b);
}

/** How good a match is, to pick among several candidate clusters: same day, more known actors, a place. */
export function matchScore(a: ClusterKey, b: ClusterKey): number {
  let s = a.day === b.day ? 4 : 0;
  if (a.source !== null && a.source === b.source) s += 2;
  if (a.target !== null && a.target === b.target) s += 2;
  if (a.place !== null && a.place === b.place) s += 1;
  return s;
}

/** The three-letter blocks a candidate cluster must share on the source or the target side. */
export function actorBlocks(k: ClusterKey): { source: string | null; target: string | null } {
  return { source: k.source ? k.source.slice(0, 3) : null, target: k.target ? k.target.slice(0, 3) : null };
}

/** The outlet a text counts for when counting independent sources. */
export function sourceKey(article: { id: string; outlet?: string | null; url?: string | null }, host: string | null): string {
  const outlet = article.outlet?.trim().toLowerCase();
  if (outlet) return outlet;
  return host ?? `article:${article.id}`;
}

/**
 * Whether candidate `c` is a better cluster for `k` than `best`: a higher matchScore, then the
 * earlier day, then the smaller id. A total order, so that the cluster an event joins does not depend
 * on the order a store happens to return its candidates in (SQLite and PostgreSQL agree).
 */
export function betterMatch(k: ClusterKey, c: ClusterKey & { id: string }, best: (ClusterKey & { id: string }) | null): boolean {
  if (!best) return true;
  const d = matchScore(k, c) - matchScore(k, best);
  if (d !== 0) return d > 0;
  if (c.day !== best.day) return c.day < best.day;
  return c.id < best.id;
}
