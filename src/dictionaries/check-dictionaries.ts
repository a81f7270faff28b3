import { basename } from 'node:path';
import type { RawDictionaries } from './load-dictionaries.ts';
import type { ActorEntry, PersonEntry } from './schema.ts';

export interface DictionaryProblem {
  readonly severity: 'error' | 'warning';
  readonly entry: string;
  readonly text: string;
}

type Blocks = ReadonlyMap<string, ReadonlySet<string>>;
type Report = (severity: DictionaryProblem['severity'], entry: string, text: string) => void;

/** Generic blocks that may lead a code like a country does: IGOUNO, NGOAMN, IMGMUS. */
const LEAD_GENERIC = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'UIS', 'NGM']);
/** Which entry types a file of this name may hold, shipped or in an overlay (other names may hold any). */
const FILE_TYPES: Record<string, readonly ActorEntry['type'][]> = {
  'countries.jsonl': ['country'],
  'seats.jsonl': ['seat'],
  'orgs.jsonl': ['igo', 'group'],
  'agents.jsonl': ['agent'],
  'people.jsonl': ['person'],
};

/** The phrases of an entry, list by list (each compiles into the actor trie). */
export function phraseLists(e: ActorEntry): string[][] {
  switch (e.type) {
    case 'country':
      return [e.names, e.adjectives, e.capitals];
    case 'igo':
    case 'group':
      return [e.names, e.adjectives];
    case 'agent':
      return [e.nouns];
    default:
      return [e.names];
  }
}

/** Earliest and latest day a date of any precision denotes: "2019" → 2019-01-01 … 2019-12-31. */
const startOf = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
const endOf = (s: string) => (s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s);

/** A real calendar date between 1800 and 2100 ("2023-02-29" is not). */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (!(y > 1800 && y < 2100)) return false;
  if (m !== undefined && !(m >= 1 && m <= 12)) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
}

function checkCode(code: string, blocks: Blocks, where: string, report: Report, agent = false): void {
  const parts = code.match(/.{3}/g) ?? [];
  for (const b of parts) if (!blocks.has(b)) report('error', where, `unknown code block "${b}" in ${code}`);
  if (agent) {
    // a role noun's code is appended to a country: role, religion or group blocks only
    for (const b of parts) {
      const k = blocks.get(b);
      if (k && !k.has('role') && !k.has('religion') && !k.has('group')) report('error', where, `agent code ${code}: block ${b} is not a role, religion or group block`);
    }
    return;
  }
  const lead = code.slice(0, 3);
  const k = blocks.get(lead);
  if (k && !k.has('country') && !k.has('region') && !LEAD_GENERIC.has(lead)) report('error', where, `code ${code} does not start with a country/region or IGO/NGO/IMG/MNC block`);
}

function checkRoles(e: PersonEntry, asOf: string, report: Report): void {
  for (const r of e.roles) {
    const where = `${e.id} role "${r.title}"`;
    for (const d of r.to ? [r.from, r.to] : [r.from]) if (!isCalendarDate(d)) report('error', where, `${d} is not a calendar date`);
    if (r.to && startOf(r.from) > endOf(r.to)) report('error', where, `ends (${r.to}) before it starts (${r.from})`);
    if (startOf(r.from) > asOf) report('error', where, `starts (${r.from}) after today (${asOf})`);
    if (r.to && startOf(r.to) > asOf) report('warning', where, `ends (${r.to}) after today (${asOf}): an office still held has "to": null`);
  }
  const rs = e.roles;
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const [a, b] = [rs[i], rs[j]];
      if (a.title !== b.title && a.code === b.code) continue;
      const aEnd = a.to ? endOf(a.to) : '9999-12-31';
      const bEnd = b.to ? endOf(b.to) : '9999-12-31';
      // the end date equal to the next start date is the usual hand-over day, not an overlap
      const overlap = startOf(a.from) < bEnd && startOf(b.from) < aEnd && a.to !== b.from && b.to !== a.from;
      if (!overlap) continue;
      if (a.title === b.title) report('error', e.id, `role "${a.title}" overlaps itself (${a.from}…${a.to ?? 'now'} and ${b.from}…${b.to ?? 'now'})`);
      else report('warning', e.id, `roles with different codes overlap: ${a.code} "${a.title}" and ${b.code} "${b.title}"; the later-starting one wins`);
    }
  }
}

function checkEntry(e: ActorEntry, blocks: Blocks, asOf: string, report: Report): void {
  const lists = phraseLists(e);
  for (const list of lists) {
    const seen = new Set<string>();
    for (const p of list) {
      if (p !== p.trim() || /\s{2,}/.test(p)) report('error', e.id, `phrase "${p}" has stray whitespace`);
      if (seen.has(p)) report('error', e.id, `phrase "${p}" is listed twice`);
      seen.add(p);
    }
  }
  if ('case_sensitive' in e) {
    for (const c of e.case_sensitive) if (!lists.some((l) => l.includes(c))) report('error', e.id, `case_sensitive "${c}" is not one of its own phrases`);
  }
  switch (e.type) {
    case 'country': {
      const k = blocks.get(e.code);
      if (e.code.length !== 3) report('error', e.id, `a country code is one block, not ${e.code}`);
      else if (k && !k.has('country') && !k.has('region')) report('error', e.id, `${e.code} is not a country or region code`);
      else if (k && e.id !== `country:${e.code}` && e.id !== `region:${e.code}`) report('error', e.id, `id must be country:${e.code} or region:${e.code}`);
      else if (k && !k.has(e.id.split(':')[0])) report('error', e.id, `${e.code} is not of kind ${e.id.split(':')[0]}`);
      checkCode(e.code, blocks, e.id, report);
      break;
    }
    case 'agent':
      checkCode(e.code, blocks, e.id, report, true);
      break;
    case 'person':
      for (const r of e.roles) checkCode(r.code, blocks, `${e.id} role "${r.title}"`, report);
      if (e.default_code) checkCode(e.default_code, blocks, `${e.id} default_code`, report);
      checkRoles(e, asOf, report);
      break;
    case 'igo':
    case 'group': {
      const home = e.country === undefined ? undefined : blocks.get(e.country);
      if (e.country !== undefined && (e.country.length !== 3 || !(home?.has('country') || home?.has('region'))))
        report('error', e.id, `country "${e.country}" is not a country or region code`);
      checkCode(e.code, blocks, e.id, report);
      break;
    }
    default:
      checkCode(e.code, blocks, e.id, report);
  }
}

/** Phrases shared by several entries: an error within one type (people excepted), a warning across types. */
function checkSharedPhrases(actors: readonly ActorEntry[], report: Report): void {
  const byType = new Map<string, Map<string, string[]>>();
  const anyType = new Map<string, Set<string>>();
  for (const e of actors) {
    const t = e.type === 'igo' || e.type === 'group' ? 'org' : e.type;
    const own = new Set(phraseLists(e).flat().map((p) => p.toLowerCase()));
    if (!byType.has(t)) byType.set(t, new Map());
    const m = byType.get(t)!;
    for (const p of own) m.set(p, [...(m.get(p) ?? []), e.id]);
    // "the Kremlin" and "Kremlin" name the same thing: compare without a leading "the"
    for (const p of new Set([...own].map((x) => x.replace(/^the\s+/, '')))) {
      if (!anyType.has(p)) anyType.set(p, new Set());
      anyType.get(p)!.add(t);
    }
  }
  for (const [t, m] of byType) {
    for (const [p, ids] of m) {
      if (ids.length < 2) continue;
      // people share surnames ("Khamenei"): the first listed wins, dates and context decide the rest
      if (t === 'person') report('warning', ids.join(', '), `name "${p}" belongs to ${ids.length} people; the first listed wins`);
      else report('error', ids.join(', '), `phrase "${p}" belongs to ${ids.length} ${t} entries`);
    }
  }
  for (const [p, types] of anyType) {
    if (types.size > 1) report('warning', p, `phrase "${p}" belongs to entries of different types (${[...types].join(', ')}); the most specific type wins`);
  }
}

/**
 * `dyad actors check`: schema errors, misplaced entries, duplicate ids, unknown or misplaced code
 * blocks, phrase problems, impossible, inverted or overlapping dates, shared phrases, unknown CAMEO
 * event codes in patterns and statements. `asOf` is the date the data claims to be current on (default today).
 */
export function checkDictionaries(raw: RawDictionaries, blocks: Blocks, knownCameo: ReadonlySet<string>, asOf = new Date().toISOString().slice(0, 10)): DictionaryProblem[] {
  const problems: DictionaryProblem[] = raw.errors.map((e) => ({ severity: 'error' as const, entry: `${e.file}:${e.line}`, text: e.message }));
  const report: Report = (severity, entry, text) => problems.push({ severity, entry, text });
  // within one layer an id is unique; a later layer (an overlay) may replace an id on purpose
  const seen = new Map<string, string>();
  for (const o of raw.origins) {
    const kind = o.type === 'pattern' || o.type === 'statement' ? o.type : 'actor';
    const allowed = FILE_TYPES[basename(o.file)];
    if (kind === 'actor' && allowed && !allowed.includes(o.type as ActorEntry['type'])) report('error', o.id, `a ${o.type} entry does not belong in ${o.file}`);
    const key = `${o.layer}\u0000${kind}\u0000${o.id}`;
    const before = seen.get(key);
    if (before) report('error', o.id, `duplicate id (in ${before} and ${o.file})`);
    seen.set(key, o.file);
  }
  for (const e of raw.actors) checkEntry(e, blocks, asOf, report);
  checkSharedPhrases(raw.actors, report);
  for (const p of [...raw.patterns, ...raw.statements]) {
    if (!knownCameo.has(p.cameo)) report('error', p.id, `unknown CAMEO code ${p.cameo}`);
  }
  return problems;
}
