import type { ActorEntry, PersonEntry } from './schema.ts';
import { newTrie, type TrieNode, trieInsert } from './token-trie.ts';

/** What a dictionary phrase is, once compiled. */
export type ActorItemKind = 'country' | 'adjective' | 'capital' | 'seat' | 'igo' | 'group' | 'agent' | 'person';

export interface ActorItem {
  readonly entry: string;
  readonly kind: ActorItemKind;
  /** fixed code (countries, seats, orgs, agent role blocks); null for people (dated) */
  readonly code: string | null;
  /** when set, the tokens must match in exactly this case */
  readonly exact: readonly string[] | null;
}

export interface ActorIndex {
  readonly trie: TrieNode<ActorItem>;
  readonly people: ReadonlyMap<string, PersonEntry>;
  /** country code → display name, for places and explain */
  readonly countryNames: ReadonlyMap<string, string>;
  /** agent entry id → role block ("agent:police" → "COP") */
  readonly agentCodes: ReadonlyMap<string, string>;
  readonly entries: number;
}

export type Tokenize = (phrase: string) => string[];

export function compileActorIndex(entries: readonly ActorEntry[], tokenize: Tokenize): ActorIndex {
  const trie = newTrie<ActorItem>();
  const people = new Map<string, PersonEntry>();
  const countryNames = new Map<string, string>();
  const agentCodes = new Map<string, string>();
  const add = (phrase: string, item: Omit<ActorItem, 'exact'>, caseSensitive: readonly string[]) => {
    const toks = tokenize(phrase);
    if (!toks.length) return;
    const exact = caseSensitive.includes(phrase) ? toks : null;
    trieInsert(
      trie,
      toks.map((t) => t.toLowerCase()),
      { ...item, exact },
    );
  };
  for (const e of entries) {
    switch (e.type) {
      case 'country':
        countryNames.set(e.code, e.names[0]);
        for (const n of e.names) add(n, { entry: e.id, kind: 'country', code: e.code }, e.case_sensitive);
        for (const n of e.adjectives) add(n, { entry: e.id, kind: 'adjective', code: e.code }, e.case_sensitive);
        for (const n of e.capitals) add(n, { entry: e.id, kind: 'capital', code: e.code }, e.case_sensitive);
        break;
      case 'seat':
        for (const n of e.names) add(n, { entry: e.id, kind: 'seat', code: e.code }, []);
        break;
      case 'igo':
      case 'group':
        for (const n of [...e.names, ...e.adjectives]) add(n, { entry: e.id, kind: e.type, code: e.code }, e.case_sensitive);
        break;
      case 'agent':
        agentCodes.set(e.id, e.code);
        for (const n of e.nouns) add(n, { entry: e.id, kind: 'agent', code: e.code }, []);
        break;
      case 'person':
        people.set(e.id, e);
        for (const n of e.names) add(n, { entry: e.id, kind: 'person', code: null }, []);
        break;
    }
  }
  return { trie, people, countryNames, agentCodes, entries: entries.length };
}

/** The code a person holds on `date` (ISO), with the role title; falls back to default_code. */
export function personCodeOn(p: PersonEntry, date: string | null): { code: string | null; title: string | null } {
  // with no date, the person's most recent role: what news most likely means by the name
  if (!date) {
    const last = [...p.roles].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    return { code: last.code, title: last.title };
  }
  const d = date;
  const pad = (s: string, end: boolean) =>
    s.length === 4 ? `${s}-${end ? '12-31' : '01-01'}` : s.length === 7 ? `${s}-${end ? '31' : '01'}` : s;
  // Prefer the most recently started role that covers the date (a president who is also party leader).
  let best: { code: string; title: string; from: string } | null = null;
  for (const r of p.roles) {
    const from = pad(r.from, false);
    const to = r.to ? pad(r.to, true) : '9999-12-31';
    if (from <= d && d <= to && (!best || from > best.from)) best = { code: r.code, title: r.title, from };
  }
  if (best) return { code: best.code, title: best.title };
  if (p.default_code) return { code: p.default_code, title: null };
  // Outside every role: the person's country, without the role block.
  const nearest = [...p.roles].sort((a, b) => (a.from < b.from ? 1 : -1)).find((r) => pad(r.from, false) <= d) ?? p.roles[0];
  return { code: nearest.code.slice(0, 3), title: null };
}
