// What is wrong with a reviewed proposals file: an accepted word that no pattern of its code has,
// a rejected word without a reason.
import type { PatternEntry } from '../src/dictionaries/schema.ts';
import type { Proposal } from './synonym-proposals.ts';

export function reviewProblems(rows: readonly Proposal[], patterns: readonly PatternEntry[]): string[] {
  const verbsOf = new Map<string, Set<string>>();
  for (const p of patterns) {
    const set = verbsOf.get(p.cameo) ?? new Set<string>();
    for (const v of p.verbs ?? []) set.add(v);
    verbsOf.set(p.cameo, set);
  }
  const out: string[] = [];
  for (const r of rows) {
    if (r.status === 'accepted' && !verbsOf.get(r.cameo)?.has(r.word)) out.push(`${r.word} (${r.cameo}): accepted but no ${r.cameo} pattern has it as a verb`);
    if (r.status !== 'pending' && !r.reason.trim()) out.push(`${r.word} (${r.cameo}): ${r.status} without a reason`);
  }
  return out;
}
