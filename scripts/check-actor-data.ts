// Validates the actor dictionaries under dictionaries/actors/*.jsonl.
//   npx tsx scripts/check-actor-data.ts [--quiet] [dir]
// Checks: every line parses against the zod schemas in src/dictionaries/schema.ts; each file holds
// only its own entry types; ids are unique across all files; every 3-letter block of every code is a
// known CAMEO block (dictionaries/reference/cameo_actor_codes.tsv); codes start with the right kind of
// block; case_sensitive entries are among the entry's own phrases; dated roles are valid calendar
// dates and not inverted. Reports (as warnings) names shared by several entries of the same type.
// Exit code 1 when there is any error. Meant to become `dyad actors check`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActorEntry } from '../src/dictionaries/schema.ts';

type Entry = ActorEntry;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, 'dictionaries/actors');
const tsvPath = join(root, 'dictionaries/reference/cameo_actor_codes.tsv');

/** which entry types each file may hold */
const FILES: Record<string, Entry['type'][]> = {
  'countries.jsonl': ['country'],
  'seats.jsonl': ['seat'],
  'orgs.jsonl': ['igo', 'group'],
  'agents.jsonl': ['agent'],
  'people.jsonl': ['person'],
};

/** the date the data claims to be current as of: `to: null` means "still in office then" */
const AS_OF = '2026-11-25';

const errors: string[] = [];
const warnings: string[] = [];
const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
const warn = (where: string, msg: string) => warnings.push(`${where}: ${msg}`);

// ---- CAMEO blocks ---------------------------------------------------------------------------
const blockKinds = new Map<string, Set<string>>();
for (const line of readFileSync(tsvPath, 'utf8').trim().split('\n').slice(1)) {
  const [code, kind] = line.split('\t');
  if (!blockKinds.has(code)) blockKinds.set(code, new Set());
  blockKinds.get(code)!.add(kind);
}
const LEAD_GENERIC = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'UIS', 'NGM']);
const isLead = (b: string) => {
  const k = blockKinds.get(b);
  return !!k && (k.has('country') || k.has('region') || LEAD_GENERIC.has(b));
};

function checkCode(where: string, code: string, opts: { roleOnly?: boolean } = {}) {
  const blocks = code.match(/.{3}/g) ?? [];
  for (const b of blocks) {
    if (!blockKinds.has(b)) err(where, `code ${code}: block ${b} is not in cameo_actor_codes.tsv`);
  }
  if (opts.roleOnly) {
    for (const b of blocks) {
      const k = blockKinds.get(b);
      if (k && !k.has('role') && !k.has('religion') && !k.has('group'))
        err(where, `agent code ${code}: block ${b} is not a role/religion/group block`);
    }
  } else if (blocks[0] !== undefined && !isLead(blocks[0])) {
    err(where, `code ${code} does not start with a country/region or IGO/NGO/IMG/MNC block`);
  }
}

// ---- dates --------------------------------------------------------------------------------------
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    if (d < 1 || d > DAYS[m - 1]) return false;
    if (m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return false;
  }
  return y > 1800 && y < 2100;
}
/** earliest and latest day a date of any precision can denote */
const startOf = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
const endOf = (s: string) => (s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s);

// ---- read ---------------------------------------------------------------------------------------
const entries: { file: string; line: number; e: Entry }[] = [];
const counts: Record<string, number> = {};
for (const [file, types] of Object.entries(FILES)) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    err(file, 'missing');
    continue;
  }
  const lines = readFileSync(path, 'utf8').split('\n');
  counts[file] = 0;
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    if (!raw.trim()) {
      if (i !== lines.length - 1) err(where, 'blank line');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      err(where, `bad JSON: ${(e as Error).message}`);
      return;
    }
    const parsed = ActorEntry.safeParse(json);
    if (!parsed.success) {
      err(where, `schema: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      return;
    }
    const e = parsed.data;
    if (!types.includes(e.type)) err(where, `type ${e.type} does not belong in ${file}`);
    entries.push({ file, line: i + 1, e });
    counts[file]++;
  });
}

// ---- per-entry checks ---------------------------------------------------------------------------
const ids = new Map<string, string>();
let roleCount = 0;
const phrasesOf = (e: Entry): string[] => {
  switch (e.type) {
    case 'country':
      return [...e.names, ...e.adjectives, ...e.capitals];
    case 'seat':
      return e.names;
    case 'igo':
    case 'group':
      return [...e.names, ...e.adjectives];
    case 'agent':
      return e.nouns;
    case 'person':
      return e.names;
  }
};

for (const { file, line, e } of entries) {
  const where = `${file}:${line} ${e.id}`;
  if (ids.has(e.id)) err(where, `duplicate id (also ${ids.get(e.id)})`);
  else ids.set(e.id, `${file}:${line}`);

  const phrases = phrasesOf(e);
  for (const p of phrases) {
    if (p !== p.trim() || /\s{2,}/.test(p)) err(where, `phrase "${p}" has stray whitespace`);
  }
  const seen = new Set<string>();
  for (const p of e.type === 'country' ? e.names : phrases) {
    if (seen.has(p)) err(where, `phrase "${p}" listed twice`);
    seen.add(p);
  }

  if ('case_sensitive' in e) {
    for (const c of e.case_sensitive) if (!phrases.includes(c)) err(where, `case_sensitive "${c}" is not one of its phrases`);
  }

  switch (e.type) {
    case 'country':
      if (e.id !== `country:${e.code}` && e.id !== `region:${e.code}`) err(where, 'id must be country:CODE or region:CODE');
      if (e.code.length !== 3) err(where, 'a country code is one block');
      else {
        const k = blockKinds.get(e.code);
        if (!k || !(k.has('country') || k.has('region'))) err(where, `${e.code} is not a country/region code`);
        else if (e.id.startsWith('region:') !== k.has('region') && !k.has('country'))
          err(where, 'id prefix does not match the code kind');
      }
      checkCode(where, e.code);
      break;
    case 'seat':
    case 'igo':
    case 'group':
      checkCode(where, e.code);
      if ((e.type === 'igo' || e.type === 'group') && e.country) checkCode(`${where} country`, e.country);
      break;
    case 'agent':
      checkCode(where, e.code, { roleOnly: true });
      break;
    case 'person': {
      if (e.default_code) checkCode(`${where} default_code`, e.default_code);
      for (const r of e.roles) {
        roleCount++;
        const rw = `${where} role "${r.title}"`;
        checkCode(rw, r.code);
        if (!validDate(r.from)) err(rw, `invalid from date ${r.from}`);
        if (r.to && !validDate(r.to)) err(rw, `invalid to date ${r.to}`);
        if (r.to && startOf(r.from) > endOf(r.to)) err(rw, `inverted range ${r.from} → ${r.to}`);
        if (startOf(r.from) > AS_OF) err(rw, `starts after ${AS_OF}`);
        if (r.to && startOf(r.to) > AS_OF) warn(rw, `ends after ${AS_OF} (to should be null for an office still held then)`);
      }
      // overlapping roles that give different codes are ambiguous
      const rs = e.roles;
      for (let i = 0; i < rs.length; i++)
        for (let j = i + 1; j < rs.length; j++) {
          const a = rs[i];
          const b = rs[j];
          if (a.code === b.code) continue;
          const aEnd = a.to ? endOf(a.to) : '9999';
          const bEnd = b.to ? endOf(b.to) : '9999';
          // an end date equal to the next start date is the usual hand-over day, not an overlap
          if (startOf(a.from) < bEnd && startOf(b.from) < aEnd && a.to !== b.from && b.to !== a.from)
            warn(where, `roles overlap with different codes: ${a.code} "${a.title}" / ${b.code} "${b.title}"`);
        }
      break;
    }
  }
}

// ---- names shared across entries of the same type -------------------------------------------
const sharedBy = new Map<string, Map<string, string[]>>();
for (const { e } of entries) {
  const t = e.type === 'igo' || e.type === 'group' ? 'org' : e.type;
  if (!sharedBy.has(t)) sharedBy.set(t, new Map());
  const m = sharedBy.get(t)!;
  for (const p of new Set(phrasesOf(e).map((x) => x.toLowerCase()))) {
    if (!m.has(p)) m.set(p, []);
    m.get(p)!.push(e.id);
  }
}
let dupNames = 0;
for (const [t, m] of sharedBy) {
  for (const [p, owners] of m) {
    if (owners.length < 2) continue;
    dupNames++;
    const msg = `"${p}" is a phrase of ${owners.length} ${t} entries: ${owners.join(', ')}`;
    // people legitimately share surnames (the coder disambiguates by date and context);
    // for every other type a shared phrase makes the match ambiguous
    if (t === 'person') warn('names', msg);
    else err('names', msg);
  }
}

// ---- phrases shared across types (a person called like a country, an org named like a seat…) ----
// The matcher drops a leading "the", so compare without it.
const crossOwners = new Map<string, Set<string>>();
for (const { e } of entries) {
  for (const ph of new Set(phrasesOf(e).map((x) => x.toLowerCase().replace(/^the\s+/, '')))) {
    if (!crossOwners.has(ph)) crossOwners.set(ph, new Set());
    crossOwners.get(ph)!.add(`${e.type}:${e.id}`);
  }
}
for (const [ph, owners] of crossOwners) {
  const types = new Set([...owners].map((o) => o.split(':')[0].replace(/^(igo|group)$/, 'org')));
  if (types.size > 1) warn('names', `"${ph}" is a phrase of entries of different types: ${[...owners].join(', ')}`);
}

// ---- report -------------------------------------------------------------------------------------
const summary = Object.entries(counts)
  .map(([f, n]) => `${f} ${n}`)
  .join(', ');
if (!quiet || errors.length) {
  for (const w of warnings) console.log(`warning ${w}`);
}
for (const x of errors) console.log(`ERROR ${x}`);
console.log(`actor dictionaries: ${summary}; ${roleCount} dated roles; ${dupNames} shared phrases`);
console.log(`${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
