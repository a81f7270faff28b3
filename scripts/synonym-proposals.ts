// Verb synonyms and troponyms that WordNet offers for the verbs of the event patterns and that no
// pattern has yet, as rows of a review file (dictionaries/verbs/proposals.tsv, not read by the coder).
import type { PatternEntry } from '../src/dictionaries/schema.ts';
import type { WordNetVerbs } from './wordnet-verbs.ts';

export const STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export interface Proposal {
  readonly word: string;
  readonly relation: 'synonym' | 'troponym';
  /** the pattern verb WordNet proposed it for */
  readonly from: string;
  readonly cameo: string;
  readonly patterns: readonly string[];
  readonly gloss: string;
  readonly status: Status;
  readonly reason: string;
}

export const COLUMNS = ['word', 'relation', 'from', 'cameo', 'patterns', 'gloss', 'status', 'reason'] as const;
const key = (p: Pick<Proposal, 'word' | 'cameo'>) => `${p.word}\t${p.cameo}`;

/** Every verb phrase of every pattern, and the first word of each (the lemma the matcher looks up). */
export function knownVerbs(patterns: readonly PatternEntry[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) for (const v of p.verbs ?? []) out.add(v).add(v.split(' ')[0]);
  return out;
}

/**
 * For each verb of a pattern without objects: the other words of its first `senses` WordNet senses (synonyms) and of the
 * troponyms of its first sense, minus the verbs some pattern already has. One row per word and code.
 */
export function propose(patterns: readonly PatternEntry[], wn: WordNetVerbs, senses = 2): Proposal[] {
  const known = knownVerbs(patterns);
  const rows = new Map<string, Proposal>();
  const add = (word: string, relation: Proposal['relation'], from: string, p: PatternEntry, gloss: string) => {
    if (known.has(word) || word.length < 3) return;
    const k = key({ word, cameo: p.cameo });
    const old = rows.get(k);
    if (old) {
      if (!old.patterns.includes(p.id)) rows.set(k, { ...old, patterns: [...old.patterns, p.id] });
      return;
    }
    rows.set(k, { word, relation, from, cameo: p.cameo, patterns: [p.id], gloss, status: 'pending', reason: '' });
  };
  // verbs with objects are support verbs ("hold talks", "make a statement"): only a verb that
  // carries the act on its own (a pattern without objects) gets proposals
  for (const p of patterns) {
    if (p.objects?.length) continue;
    for (const verb of p.verbs ?? []) {
      const found = wn.senses(verb);
      found.slice(0, senses).forEach((s, i) => {
        for (const w of s.words) add(w, 'synonym', verb, p, s.gloss);
        if (i > 0) return;
        for (const t of s.troponyms) {
          const ts = wn.synset(t);
          for (const w of ts?.words ?? []) add(w, 'troponym', verb, p, ts?.gloss ?? '');
        }
      });
    }
  }
  return [...rows.values()].sort((a, b) => a.cameo.localeCompare(b.cameo) || a.word.localeCompare(b.word));
}

/** New proposals, with the review (status, reason) of earlier rows kept; reviewed rows are never dropped. */
export function mergeReviews(fresh: readonly Proposal[], old: readonly Proposal[]): Proposal[] {
  const reviewed = new Map(old.filter((p) => p.status !== 'pending').map((p) => [key(p), p]));
  const out = fresh.map((p) => reviewed.get(key(p)) ?? p);
  const seen = new Set(out.map(key));
  for (const p of reviewed.values()) if (!seen.has(key(p))) out.push(p);
  return out.sort((a, b) => a.cameo.localeCompare(b.cameo) || a.word.localeCompare(b.word));
}

const clean = (s: string) => s.replace(/[\t\n]/g, ' ');

export function formatTsv(rows: readonly Proposal[]): string {
  const lines = rows.map((r) => [r.word, r.relation, r.from, r.cameo, r.patterns.join(','), clean(r.gloss), r.status, clean(r.reason)].join('\t'));
  return `${[COLUMNS.join('\t'), ...lines].join('\n')}\n`;
}

export function parseTsv(text: string): Proposal[] {
  const [head, ...lines] = text.split('\n').filter((l) => l.trim());
  if (!head || head !== COLUMNS.join('\t')) throw new Error(`proposals: header must be ${COLUMNS.join(' ')}`);
  return lines.map((l, i) => {
    const [word, relation, from, cameo, patterns, gloss, status, reason = ''] = l.split('\t');
    if (!STATUSES.includes(status as Status)) throw new Error(`proposals line ${i + 2}: status "${status}" is not ${STATUSES.join('/')}`);
    if (relation !== 'synonym' && relation !== 'troponym') throw new Error(`proposals line ${i + 2}: relation "${relation}"`);
    return { word, relation, from, cameo, patterns: patterns.split(','), gloss, status: status as Status, reason };
  });
}
