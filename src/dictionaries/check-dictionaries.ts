import type { RawDictionaries } from './load-dictionaries.ts';
import type { ActorEntry } from './schema.ts';

export interface DictionaryProblem {
  readonly severity: 'error' | 'warning';
  readonly entry: string;
  readonly text: string;
}

const GENERIC_BLOCKS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'UIS', 'NGM']);

function codesOf(e: ActorEntry): string[] {
  if (e.type === 'person') return [...e.roles.map((r) => r.code), ...(e.default_code ? [e.default_code] : [])];
  return [e.code];
}

/** `dyad actors check`: schema errors, unknown code blocks, inverted or overlapping date ranges, ambiguous names. */
export function checkDictionaries(raw: RawDictionaries, blocks: ReadonlyMap<string, ReadonlySet<string>>, knownCameo: ReadonlySet<string>): DictionaryProblem[] {
  const problems: DictionaryProblem[] = raw.errors.map((e) => ({ severity: 'error' as const, entry: `${e.file}:${e.line}`, text: e.message }));
  const personNames = new Map<string, string[]>();
  for (const e of raw.actors) {
    for (const code of codesOf(e)) {
      for (let k = 0; k < code.length; k += 3) {
        const b = code.slice(k, k + 3);
        if (!blocks.has(b) && !GENERIC_BLOCKS.has(b)) problems.push({ severity: 'error', entry: e.id, text: `unknown code block "${b}" in ${code}` });
      }
    }
    if (e.type !== 'person') continue;
    const spans = e.roles.map((r) => ({ ...r, to: r.to ?? '9999-12-31' }));
    for (const r of spans) if (r.to < r.from) problems.push({ severity: 'error', entry: e.id, text: `role "${r.title}" ends (${r.to}) before it starts (${r.from})` });
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i];
        const b = spans[j];
        if (a.title === b.title && a.from <= b.to && b.from <= a.to) problems.push({ severity: 'error', entry: e.id, text: `role "${a.title}" overlaps itself (${a.from}…${a.to} and ${b.from}…${b.to})` });
      }
    }
    for (const n of e.names) {
      const k = n.toLowerCase();
      personNames.set(k, [...(personNames.get(k) ?? []), e.id]);
    }
  }
  for (const [name, ids] of personNames) {
    if (ids.length > 1) problems.push({ severity: 'warning', entry: ids.join(', '), text: `name "${name}" belongs to ${ids.length} people; the first listed wins` });
  }
  for (const p of raw.patterns) {
    if (!knownCameo.has(p.cameo)) problems.push({ severity: 'error', entry: p.id, text: `unknown CAMEO code ${p.cameo}` });
  }
  return problems;
}
