// The properties every input must keep, for the fuzz test and scripts/fuzz.ts: coding never throws,
// the output keeps the record contract (schema + offsets), coding twice gives the same output,
// event ids are unique within an article, and time per KB of text stays under a generous bound.
import { isDeepStrictEqual } from 'node:util';
import type { Coder } from '../../src/apps/create-coder.ts';
import type { ArticleInput, CodedArticle } from '../../src/core/types.ts';
import { contractProblems } from './contract-check.ts';
import { knownBugOf } from './known-bugs.ts';

/** Generous: the shared corpus codes at about 1 ms per KB, its slowest article at about 20. */
export const MAX_MS_PER_KB = 50;
/** Time is only judged on inputs this long (UTF-16 units): below it, fixed costs and GC pauses dominate. */
export const MIN_TIMED_CHARS = 16 * 1024;
/** ms/KB is recorded (not judged) from this length on. */
export const MIN_RECORDED_CHARS = 4 * 1024;
/** how a problem starts when only the first coding of a text differs from the later ones */
export const FIRST_TIME = 'not deterministic the first time only: ';

export interface CaseResult {
  /** properties broken, other than by a known bug */
  readonly problems: string[];
  /** names of the known bugs (known-bugs.ts) this input ran into */
  readonly known: string[];
  /** the faster of the two codings */
  readonly ms: number;
  /** ms per 1,024 UTF-16 units, or null when the text is too short to say */
  readonly msPerKb: number | null;
}

function codeTimed(coder: Coder, input: ArticleInput): { out: CodedArticle; ms: number } | { error: unknown } {
  const t = performance.now();
  try {
    const out = coder.code(input);
    return { out, ms: performance.now() - t };
  } catch (error) {
    return { error };
  }
}

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Codes `input` twice and lists every property it breaks; [] when it keeps them all. */
export function checkCase(coder: Coder, input: ArticleInput): CaseResult {
  const first = codeTimed(coder, input);
  if ('error' in first) {
    const threw = `coding threw ${describeError(first.error)}`;
    const bug = knownBugOf(threw, null);
    return { problems: bug ? [] : [threw], known: bug ? [bug.name] : [], ms: 0, msPerKb: null };
  }
  const second = codeTimed(coder, input);
  if ('error' in second) return { problems: [`coding threw the second time only: ${describeError(second.error)}`], known: [], ms: first.ms, msPerKb: null };
  const found = contractProblems(first.out);
  if (!isDeepStrictEqual(first.out, second.out)) {
    // A third coding tells a first-time effect (wink-nlp's lexicon learning the text's tokens: the
    // second and third codings agree) from output that keeps changing.
    const third = codeTimed(coder, input);
    const settled = !('error' in third) && isDeepStrictEqual(second.out, third.out);
    found.push(`${settled ? FIRST_TIME : 'not deterministic: '}${firstDifference(first.out, second.out)}`);
  }
  const ids = first.out.events.map((e) => e.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) found.push(`event id ${dup} is not unique`);
  const ms = Math.min(first.ms, second.ms);
  const kb = input.text.length / 1024;
  const msPerKb = input.text.length >= MIN_RECORDED_CHARS ? ms / kb : null;
  if (msPerKb !== null && input.text.length >= MIN_TIMED_CHARS && msPerKb > MAX_MS_PER_KB) {
    found.push(`slow: ${msPerKb.toFixed(1)} ms/KB (bound ${MAX_MS_PER_KB}) on ${input.text.length} chars`);
  }
  const problems: string[] = [];
  const known = new Set<string>();
  for (const p of found) {
    const bug = knownBugOf(p, first.out);
    if (bug) known.add(bug.name);
    else problems.push(p);
  }
  return { problems, known: [...known], ms, msPerKb };
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${k}`);
    }
  }
  return `${path || 'output'}: ${JSON.stringify(a)?.slice(0, 80)} then ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** A short, replayable description of an input: its length and a JSON prefix. */
export function showInput(input: ArticleInput, max = 300): string {
  const json = JSON.stringify(input);
  return json.length <= max ? json : `${json.slice(0, max)}… (${input.text.length} chars of text)`;
}
