import type { CompiledPattern, PatternIndex } from '../../dictionaries/pattern-index.ts';
import { trieLongest } from '../../dictionaries/token-trie.ts';
import type { Sentence, Token } from '../../core/types.ts';
import { type ClauseMap, clauseEndAt, clauseStartAt } from './clauses.ts';

export interface Trigger {
  readonly pattern: CompiledPattern;
  /** head token (the verb, or the last noun of a nominal) */
  readonly head: number;
  readonly first: number;
  readonly last: number;
  /** token range of the object words that selected the pattern, if any */
  readonly objectSpan: readonly [number, number] | null;
  readonly tried: readonly string[];
}

const WINDOW = 10;
const BE = new Set(['be', 'get']);

interface ListInfo {
  /** the ids of a verb's patterns, in the order they are tried */
  readonly ids: readonly string[];
  /** the first words of all their objects and not-objects */
  readonly firstWords: ReadonlySet<string>;
}

// per pattern list of the (immutable, compiled once) index
const infos = new WeakMap<readonly CompiledPattern[], ListInfo>();

function listInfo(list: readonly CompiledPattern[]): ListInfo {
  let info = infos.get(list);
  if (!info) {
    const firstWords = new Set<string>();
    for (const p of list) for (const o of [...p.objects, ...p.notObjects]) firstWords.add(o[0]);
    info = { ids: list.map((p) => p.id), firstWords };
    infos.set(list, info);
  }
  return info;
}

// the words near the current verb that may open an object (findTriggers is synchronous: one buffer serves)
const near: string[] = [];

function findPhrase(lemmas: readonly string[], lowers: readonly string[], phrase: readonly string[], from: number, to: number): number {
  outer: for (let k = from; k + phrase.length <= to; k++) {
    for (let j = 0; j < phrase.length; j++) {
      if (lemmas[k + j] !== phrase[j] && lowers[k + j] !== phrase[j]) continue outer;
    }
    return k;
  }
  return -1;
}

/** Does one of the phrases occur in [from, to)? With `near`, only phrases whose first word is near are tried. */
function anyPhrase(lemmas: readonly string[], lowers: readonly string[], phrases: readonly (readonly string[])[], from: number, to: number, near: readonly string[] | null): boolean {
  for (const o of phrases) {
    if (near && !near.includes(o[0])) continue;
    if (findPhrase(lemmas, lowers, o, from, to) >= 0) return true;
  }
  return false;
}

function hasHyphen(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === '-') return true;
  return false;
}

/**
 * Is token k a verb form that can trigger a verbal pattern? Past forms the tagger calls ADJ count
 * after "be" ("were detained") and between a name and its object ("Qatar mediated talks").
 */
function verbLike(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  const pos = t.pos;
  if (pos !== 'VERB' && pos !== 'ADJ' && pos !== 'NOUN') return false;
  // "an imprisoned activist", "the detained journalists": a participle before its noun is no event
  const participle = t.lower.endsWith('ed') || t.lower.endsWith('en');
  if (participle && k > s.first && /^(DET|ADJ)$/.test(tokens[k - 1].pos) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) return false;
  if (pos === 'VERB') return true;
  if (t.lower.endsWith('ed')) {
    const p = tokens[k - 1];
    const n = tokens[k + 1];
    // "were detained", "have rounded up": a past form after "be" or a perfect "have"
    if (p !== undefined && (BE.has(p.lemma) || p.lower === 'been' || (p.pos === 'AUX' && p.lemma === 'have'))) return true;
    return k > s.first && p.pos === 'PROPN' && n !== undefined && /^(DET|NOUN|PROPN|ADP|NUM)$/.test(n.pos);
  }
  return false;
}

/** Is the verb at k after a form of "be"/"get", adverbs allowed between ("was later imposed")? */
function passiveAux(tokens: readonly Token[], k: number, s: Sentence): boolean {
  let b = k - 1;
  while (b > s.first && tokens[b].pos === 'ADV') b--;
  return b >= s.first && BE.has(tokens[b].lemma);
}

/** Lemma candidates of a verb form the tagger mis-lemmatised ("raped" → "rap", "waging" → "wag"). */
function verbLemmas(t: Token): string[] {
  const out = [t.lemma];
  const m = /^(.+?)(ed|ing)$/.exec(t.lower);
  if (!m) return out;
  const stem = m[1];
  out.push(stem, `${stem}e`);
  if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  if (m[2] === 'ed' && /i$/.test(stem)) out.push(`${stem.slice(0, -1)}y`);
  return out;
}

/** Verbal then nominal pattern matches in one sentence; a verb's clause bounds its object window. */
export function findTriggers(
  tokens: readonly Token[],
  s: Sentence,
  index: PatternIndex,
  lemmas: readonly string[],
  lowers: readonly string[],
  clauses: ClauseMap,
): Trigger[] {
  const out: Trigger[] = [];
  for (let k = s.first; k < s.last; k++) {
    const irregular = index.irregular.get(tokens[k].lower);
    if (!verbLike(tokens, k, s) && !(irregular && tokens[k - 1]?.pos !== 'DET')) continue;
    let list = index.verbs.get(irregular ?? tokens[k].lemma);
    if (!list) for (const l of verbLemmas(tokens[k])) if ((list = index.verbs.get(l))) break;
    if (!list) continue;
    const { ids, firstWords } = listInfo(list);
    const end = Math.min(clauseEndAt(clauses, s, k), k + WINDOW + 1);
    const before = Math.max(clauseStartAt(clauses, s, k), k - 6);
    // Among object patterns the one whose object comes first wins ("seized guns and equipment":
    // guns), the longer object on a tie; a pattern without objects is the fallback.
    let best: { p: CompiledPattern; after: number; span: [number, number] } | null = null;
    let bare: { p: CompiledPattern; after: number } | null = null;
    // the words around the verb that open one of the list's objects: usually none
    near.length = 0;
    for (let j = before; j < end; j++) {
      if (firstWords.has(lemmas[j])) near.push(lemmas[j]);
      if (lowers[j] !== lemmas[j] && firstWords.has(lowers[j])) near.push(lowers[j]);
    }
    for (const p of list) {
      if (p.rest.length && findPhrase(lemmas, lowers, p.rest, k + 1, k + 1 + p.rest.length) !== k + 1) continue;
      const after = k + 1 + p.rest.length;
      if (near.length && anyPhrase(lemmas, lowers, p.notObjects, after, end, near)) continue;
      if (!p.objects.length) {
        bare ??= { p, after };
        continue;
      }
      if (!near.length) continue;
      for (const o of p.objects) {
        if (!near.includes(o[0])) continue;
        let at = findPhrase(lemmas, lowers, o, after, end);
        // passive: "sanctions were imposed", "security has been further tightened"
        if (at < 0 && passiveAux(tokens, k, s)) at = findPhrase(lemmas, lowers, o, before, k);
        if (at < 0) continue;
        const span: [number, number] = [at, at + o.length];
        const better = !best || at < best.span[0] || (at === best.span[0] && o.length > best.span[1] - best.span[0]) || (at === best.span[0] && o.length === best.span[1] - best.span[0] && p.rest.length > best.p.rest.length);
        if (better) best = { p, after, span };
      }
    }
    if (best) out.push({ pattern: best.p, head: k, first: k, last: best.after, objectSpan: best.span, tried: ids });
    else if (bare) out.push({ pattern: bare.p, head: k, first: k, last: bare.after, objectSpan: null, tried: ids });
  }
  // Nominal patterns: "talks between X and Y", "violent protests", "the arrest of". A capitalised
  // plural at the start of a sentence is tagged as a name and keeps its "s": try it without.
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'VERB' && tokens[k + 1]?.text !== '-' && !gerundNoun(tokens, k, s))) continue;
    const m = trieLongest(index.nouns, lemmas, k, s.last) ?? singularAt(index, tokens, k, s);
    if (!m) continue;
    // "crackdown on protesters": the trigger is the noun before the preposition; what follows is an argument
    let last = m.end;
    for (let j = k + 1; j < m.end; j++) if (tokens[j].pos === 'ADP' && tokens[j].start > tokens[j - 1].end) {
      last = j;
      break;
    }
    const head = last - 1;
    const hyphenated = hasHyphen(tokens, k, last);
    if (tokens[head].pos !== 'NOUN' && tokens[head].pos !== 'PROPN' && !hyphenated) continue;
    // a noun's not_objects veto the words that modify it: "tear-gas shells" are no shelling
    const from = Math.max(s.first, k - 3);
    if (anyPhrase(lemmas, lowers, m.items[0].notObjects, from, k, null)) continue;
    out.push({ pattern: m.items[0], head, first: k, last, objectSpan: null, tried: m.items.map((p) => p.id) });
    k = m.end - 1;
  }
  // "lathi-charged": a hyphenated compound that names the act wins over its last word ("charged")
  const compounds = out.filter((t) => t.pattern.kind === 'noun' && t.last - t.first > 1 && hasHyphen(tokens, t.first, t.last));
  const kept = compounds.length ? out.filter((t) => t.pattern.kind !== 'verb' || !compounds.some((c) => c.first < t.head && t.head < c.last)) : out;
  return kept.sort((a, b) => a.first - b.first);
}

/** A capitalised plural opening a sentence ("Talks between …", "Clashes erupted"), read as singular. */
function singularAt(index: PatternIndex, tokens: readonly Token[], k: number, s: Sentence): { end: number; items: CompiledPattern[] } | null {
  const t = tokens[k];
  if (k !== s.first || t.lemma !== t.lower || !t.lower.endsWith('s')) return null;
  const bare = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.replace(/(es|s)$/, (m) => (m === 'es' && !/(ss|sh|ch|x)es$/.test(t.lower) ? 'e' : ''));
  const m = trieLongest(index.nouns, [bare], 0, 1);
  return m ? { end: k + 1, items: m.items } : null;
}

/**
 * An "-ing" form the tagger calls a verb but that heads a noun phrase: "killed in police firing",
 * "the firing", "after the shooting". It follows a determiner or a preposition, or a noun that does.
 */
function gerundNoun(tokens: readonly Token[], k: number, s: Sentence): boolean {
  if (!tokens[k].lower.endsWith('ing') || k === s.first) return false;
  const p = tokens[k - 1];
  if (p.pos === 'DET' || p.pos === 'ADP') return true;
  return (p.pos === 'NOUN' || p.pos === 'PROPN') && k - 1 > s.first && /^(DET|ADP|ADJ)$/.test(tokens[k - 2].pos);
}
