// One event as a GDELT 2.0 event row (61 values, see gdelt-columns.ts). Columns Dyad cannot fill
// (ethnic/religion unless coded, actor geography, ADM codes, feature ids, AvgTone) stay empty.
import { createHash } from 'node:crypto';
import type { ActorRef, Location } from '../core/types.ts';
import type { ActorKinds } from './actor-kinds.ts';
import type { ExportEvent } from './export-types.ts';
import { GDELT_COLUMNS } from './gdelt-columns.ts';
import { splitActorCode } from './split-actor-code.ts';

/** A stable positive integer below 2^52 from the event id (first 13 hex digits of its SHA-256). */
export function gdeltEventId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 13), 16);
}

/** YYYYMMDDHHMMSS in UTC. */
export function gdeltTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function dateColumns(date: string | null): Record<string, string> {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return {};
  const [, y, mo, d] = m;
  // GDELT's own approximation: YYYY + (month * 30 + day) / 365
  const fraction = Number(y) + (Number(mo) * 30 + Number(d)) / 365;
  return { Day: `${y}${mo}${d}`, MonthYear: `${y}${mo}`, Year: y, FractionDate: fraction.toFixed(4) };
}

function actorColumns(n: 1 | 2, ref: ActorRef | null, kinds: ActorKinds): Record<string, string> {
  if (!ref) return {};
  const p = splitActorCode(ref.code, kinds);
  const a = `Actor${n}`;
  return {
    [`${a}Code`]: ref.code ?? '',
    [`${a}Name`]: ref.text,
    [`${a}CountryCode`]: p.country,
    [`${a}KnownGroupCode`]: p.knownGroup,
    [`${a}EthnicCode`]: p.ethnic,
    [`${a}Religion1Code`]: p.religion1,
    [`${a}Religion2Code`]: p.religion2,
    [`${a}Type1Code`]: p.type1,
    [`${a}Type2Code`]: p.type2,
    [`${a}Type3Code`]: p.type3,
  };
}

/** GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1. */
function geoType(loc: Location): string {
  const us = loc.country === 'USA';
  switch (loc.precision) {
    case 'country':
      return '1';
    case 'admin1':
      return us ? '2' : '5';
    case 'city':
      return us ? '3' : '4';
    default:
      return '';
  }
}

function actionGeoColumns(loc: Location | null): Record<string, string> {
  if (!loc) return {};
  return {
    ActionGeo_Type: geoType(loc),
    ActionGeo_Fullname: loc.name,
    // GDELT puts FIPS 10-4 codes here; Dyad's location.country is ISO 3166 alpha-3 / CAMEO and is
    // written as is (no maintained ISO→FIPS table is installed, and guessing one would be wrong).
    ActionGeo_CountryCode: loc.country,
    ActionGeo_Lat: loc.lat === null ? '' : String(loc.lat),
    ActionGeo_Long: loc.lon === null ? '' : String(loc.lon),
  };
}

/** Tabs and line breaks inside a value would break the row; they become spaces. */
export function gdeltField(value: string): string {
  return value.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ');
}

export function gdeltRow(e: ExportEvent, kinds: ActorKinds, dateAdded: string): string[] {
  const values: Record<string, string> = {
    GlobalEventID: String(gdeltEventId(e.id)),
    ...dateColumns(e.date),
    ...actorColumns(1, e.source, kinds),
    ...actorColumns(2, e.target, kinds),
    IsRootEvent: '1',
    EventCode: e.cameo,
    EventBaseCode: e.cameo.slice(0, 3),
    EventRootCode: e.root || e.cameo.slice(0, 2),
    QuadClass: String(e.quad_class),
    GoldsteinScale: String(e.goldstein),
    // from the event's cluster: every report of the same event, wire copies included
    NumMentions: String(e.num_mentions ?? 1),
    NumSources: String(e.num_sources ?? 1),
    NumArticles: String(e.num_articles ?? 1),
    ...actionGeoColumns(e.location),
    DATEADDED: dateAdded,
    SOURCEURL: e.article_url ?? '',
  };
  return GDELT_COLUMNS.map((c) => gdeltField(values[c] ?? ''));
}
