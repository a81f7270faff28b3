import type { Modality } from '../core/types.ts';
import type { ContextEntry, PatternEntry, StatementEntry } from './schema.ts';
import { newTrie, type TrieNode, trieInsert } from './token-trie.ts';

export interface CompiledPattern {
  readonly id: string;
  readonly cameo: string;
  readonly kind: 'verb' | 'noun';
  /** words that must directly follow the verb ("call for" → ["for"]) */
  readonly rest: readonly string[];
  readonly objects: readonly (readonly string[])[];
  readonly notObjects: readonly (readonly string[])[];
  readonly targetPreps: readonly string[];
  readonly modality: Modality | null;
  readonly impliedSource: string | null;
  readonly example: string;
}

export interface PatternIndex {
  /** verb lemma → patterns, most specific first */
  readonly verbs: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** noun lemma sequences → patterns */
  readonly nouns: TrieNode<CompiledPattern>;
  readonly all: readonly CompiledPattern[];
  /** statement lemma → what the statement amounts to */
  readonly statements: ReadonlyMap<string, { readonly id: string; readonly cameo: string }>;
  /** irregular verb forms the tagger may miss ("unfroze" → "unfreeze") */
  readonly irregular: ReadonlyMap<string, string>;
  /** word → the kinds of story it signals (hazard, crime, political) */
  readonly context: ReadonlyMap<string, readonly ContextEntry['kind'][]>;
}

export type Lemmatize = (phrase: string) => string[];

// Every compiled pattern is built by this one literal, its arrays copied into fresh packed arrays of
// strings: patterns then share one hidden class, and the matchers that read thousands of them per
// article stay monomorphic (built by spreading a shared base, each had a class of its own, and
// findTriggers ran several times slower).
function strings(xs: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of xs) out.push(String(x));
  return out;
}

function phrases(xs: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  for (const x of xs) out.push(strings(x));
  return out;
}

function compiled(e: PatternEntry, kind: 'verb' | 'noun', rest: readonly string[], objects: readonly (readonly string[])[], notObjects: readonly (readonly string[])[]): CompiledPattern {
  return {
    id: e.id,
    cameo: e.cameo,
    kind,
    rest: strings(rest),
    objects: phrases(objects),
    notObjects: phrases(notObjects),
    targetPreps: strings(e.target_preps ?? []),
    modality: e.modality ?? null,
    impliedSource: e.implied_source ?? null,
    example: e.example,
  };
}

const specificity = (p: CompiledPattern) => p.objects.length * 10 + p.rest.length;

/**
 * A phrase is matched by its lemmas or by its words as written: "guided bomb" is lemmatised "guide
 * bomb" on its own, but in "dropped guided bombs" the tagger reads "guided" as an adjective.
 */
function variants(phrase: string, lemmatize: Lemmatize, tokenize: Lemmatize): string[][] {
  const a = lemmatize(phrase);
  const b = tokenize(phrase).map((t) => t.toLowerCase());
  return a.join(' ') === b.join(' ') ? [a] : [a, b];
}

export function compilePatternIndex(
  entries: readonly PatternEntry[],
  lemmatize: Lemmatize,
  statementEntries: readonly StatementEntry[] = [],
  tokenize: Lemmatize = lemmatize,
  contextEntries: readonly ContextEntry[] = [],
  irregular: ReadonlyMap<string, string> = new Map(),
): PatternIndex {
  const verbs = new Map<string, CompiledPattern[]>();
  const nouns = newTrie<CompiledPattern>();
  const all: CompiledPattern[] = [];
  for (const e of entries) {
    const objects = (e.objects ?? []).flatMap((o) => variants(o, lemmatize, tokenize));
    const notObjects = (e.not_objects ?? []).flatMap((o) => variants(o, lemmatize, tokenize));
    for (const v of e.verbs ?? []) {
      const [head, ...rest] = v.toLowerCase().split(/\s+/);
      const p = compiled(e, 'verb', rest, objects, notObjects);
      all.push(p);
      if (!verbs.has(head)) verbs.set(head, []);
      verbs.get(head)!.push(p);
    }
    for (const n of e.nouns ?? []) {
      const p = compiled(e, 'noun', [], objects, notObjects);
      all.push(p);
      for (const v of variants(n, lemmatize, tokenize)) trieInsert(nouns, v, p);
    }
  }
  for (const list of verbs.values()) list.sort((a, b) => specificity(b) - specificity(a));
  const statements = new Map<string, { id: string; cameo: string }>();
  for (const e of statementEntries) for (const w of e.words) statements.set(lemmatize(w).join(' '), { id: e.id, cameo: e.cameo });
  const context = new Map<string, ContextEntry['kind'][]>();
  for (const e of contextEntries) for (const w of e.words) context.set(w.toLowerCase(), [...(context.get(w.toLowerCase()) ?? []), e.kind]);
  return { verbs, nouns, all, statements, context, irregular };
}
