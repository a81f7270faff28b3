// Which kinds each 3-letter CAMEO actor block has (country, region, role, group, ethnic, religion),
// read from dictionaries/reference/cameo_actor_codes.tsv. Some blocks have several kinds (UNO is a
// role and a known group; MUS is Mauritius and PETRARCH2's Muslim): the key is (code, kind).
import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.ts';

export const ACTOR_KINDS = ['country', 'region', 'group', 'role', 'ethnic', 'religion'] as const;
export type ActorBlockKind = (typeof ACTOR_KINDS)[number];
export type ActorKinds = ReadonlyMap<string, ReadonlySet<ActorBlockKind>>;

const DEFAULT_PATH = new URL('../../dictionaries/reference/cameo_actor_codes.tsv', import.meta.url);

function isKind(s: string): s is ActorBlockKind {
  return (ACTOR_KINDS as readonly string[]).includes(s);
}

/** Parses the TSV (header `code kind name source note`); codes are case-sensitive. */
export function parseActorKinds(tsv: string): ActorKinds {
  const kinds = new Map<string, Set<ActorBlockKind>>();
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const [code, kind] = line.split('\t');
    if (!code || !kind || !isKind(kind)) {
      throw new DyadError('E_DICT_INVALID', `cameo actor codes line ${i + 1}: expected code<TAB>kind`);
    }
    const set = kinds.get(code) ?? new Set<ActorBlockKind>();
    set.add(kind);
    kinds.set(code, set);
  });
  return kinds;
}

export function loadActorKinds(path: string | URL = DEFAULT_PATH): ActorKinds {
  return parseActorKinds(readFileSync(path, 'utf8'));
}
