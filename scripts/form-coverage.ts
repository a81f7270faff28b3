// Which CAMEO codes have a pattern example in which form (active, passive, nominal, infinitival).
// Used by scripts/coverage.ts (the table) and test/coverage/ (the checks). Every example is run
// through the real coder; the form is read off the tokens around the trigger the matcher fired,
// so a pattern cannot claim a form its example does not show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Coder, ROOT } from '../src/apps/create-coder.ts';
import type { EventRecord, Token } from '../src/core/types.ts';
import { type PatternEntry, PatternForm } from '../src/dictionaries/schema.ts';
import { isPassive } from '../src/stages/events/assign-actors.ts';

export const FORMS: readonly PatternForm[] = PatternForm.options;

export interface ExampleRun {
  readonly pattern: PatternEntry;
  /** 0 = the pattern's `example`, n = `examples[n - 1]` */
  readonly index: number;
  readonly text: string;
  /** the form the entry states, if any */
  readonly declared: PatternForm | null;
  /** the form the fired trigger shows; null when the pattern did not fire with its code */
  readonly seen: PatternForm | null;
  /** why the example does not demonstrate its pattern (did not fire, wrong code, actors, form) */
  readonly problem: string | null;
}

/** The 3- and 4-digit codes of the codebook, in order. */
export function codebookCodes(): { code: string; name: string }[] {
  const [head, ...rows] = readFileSync(join(ROOT, 'dictionaries/reference/cameo_event_codes.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const cols = head.split('\t');
  const at = (c: string) => cols.indexOf(c);
  return rows
    .map((r) => r.split('\t'))
    .filter((r) => r[at('level')] === '2' || r[at('level')] === '3')
    .map((r) => ({ code: r[at('code')], name: r[at('name')] }));
}

const firstWords = (phrases: readonly string[] | undefined) => new Set((phrases ?? []).map((p) => p.split(' ')[0]));

/** Did a verb of the pattern fire (rather than one of its nouns)? Tried on the trigger's first token. */
function verbal(p: PatternEntry, t: Token): boolean {
  if (!p.nouns?.length) return true;
  if (!p.verbs?.length) return false;
  const verbs = firstWords(p.verbs);
  const stem = t.lower.replace(/(ed|ing|s|es)$/, '');
  return verbs.has(t.lemma) || verbs.has(t.lower) || [...verbs].some((v) => v.startsWith(stem) && stem.length >= 3) || t.pos === 'VERB';
}

/**
 * The form of a fired event: nominal for a noun trigger; for a verb, passive ("were arrested by"),
 * infinitival ("to" right before the verb: "voted to expel"), or active (a finite verb with its
 * source named before it). Anything else (a verb with no source before it) is null.
 */
export function formOf(p: PatternEntry, e: EventRecord, tokens: readonly Token[]): PatternForm | null {
  const first = tokens.findIndex((t) => t.start >= e.trigger.start);
  if (first < 0) return null;
  if (!verbal(p, tokens[first])) return 'nominal';
  if (isPassive(tokens, first)) return 'passive';
  let k = first - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  if (k >= 0 && tokens[k].lower === 'to') return 'infinitival';
  if (e.source && e.source.end <= e.trigger.start) return 'active';
  return null;
}

function expectProblem(mine: readonly EventRecord[], expect: PatternEntry['expect']): string | null {
  for (const side of ['source', 'target'] as const) {
    const want = expect?.[side];
    if (want === undefined) continue;
    const ok = mine.some((e) => (want === null ? !e[side]?.code : (e[side]?.code ?? '').startsWith(want)));
    if (!ok) return `${side} is not ${want ?? 'empty'}: ${mine.map((e) => `${e.source?.code ?? '?'}→${e.target?.code ?? '?'}`).join(', ')}`;
  }
  return null;
}

/** Runs one example of a pattern through the coder. */
export function runExample(coder: Coder, p: PatternEntry, index: number): ExampleRun {
  const extra = index > 0 ? p.examples?.[index - 1] : undefined;
  const text = extra ? extra.text : p.example;
  const declared = (extra ? extra.form : p.form) ?? null;
  const doc = coder.analyse({ id: `${p.id}#${index}`, text, published: '2024-01-15' });
  const events = doc.layers.events ?? [];
  const fired = events.map((e) => `${e.rule} ${e.cameo}`).join('; ') || 'nothing';
  const mine = events.filter((e) => e.rule === p.id && e.cameo === p.cameo);
  if (!mine.length) return { pattern: p, index, text, declared, seen: null, problem: `did not fire ${p.id} ${p.cameo} (fired: ${fired})` };
  const bad = expectProblem(mine, extra ? extra.expect : p.expect);
  const forms = mine.map((e) => formOf(p, e, doc.layers.tokens ?? []));
  const seen = declared && forms.includes(declared) ? declared : (forms.find((f) => f !== null) ?? null);
  const problem = bad ?? (declared && seen !== declared ? `declared ${declared}, the matcher saw ${seen ?? 'no clear form'}` : null);
  return { pattern: p, index, text, declared, seen, problem };
}

/** Every example of every pattern, run. */
export function runAllExamples(coder: Coder, patterns: readonly PatternEntry[]): ExampleRun[] {
  const out: ExampleRun[] = [];
  for (const p of patterns) for (let i = 0; i <= (p.examples?.length ?? 0); i++) out.push(runExample(coder, p, i));
  return out;
}

/** code → the forms some example demonstrates (fired its own pattern with its code, actors as expected). */
export function coverageByCode(runs: readonly ExampleRun[]): Map<string, Set<PatternForm>> {
  const out = new Map<string, Set<PatternForm>>();
  for (const r of runs) {
    if (r.problem || !r.seen) continue;
    const set = out.get(r.pattern.cameo) ?? new Set<PatternForm>();
    set.add(r.seen);
    out.set(r.pattern.cameo, set);
  }
  return out;
}
