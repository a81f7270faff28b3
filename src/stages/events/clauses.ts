import type { Sentence, Token } from '../../core/types.ts';
import { wordFlags } from '../../core/word-flags.ts';

/**
 * Clause boundaries without a parser. A clause starts at a subordinator ("as", "although", "if"),
 * a relative pronoun after a comma (", which annexed Crimea"), a complementiser after a verb
 * ("said that"), or a semicolon. Relative clauses are remembered so that a subject search from the
 * main verb can jump over them: "Russia, which annexed Crimea in 2014, held talks".
 */
export interface ClauseMap {
  /** clause id of each token of the sentence (index: token - sentence.first) */
  readonly id: Int32Array;
  /** the first token of each clause */
  readonly starts: number[];
  /** why each clause starts */
  readonly kinds: ClauseKind[];
  /** tokens inside a parenthetical relative clause */
  readonly relative: Uint8Array;
}

export type ClauseKind = 'main' | 'sub' | 'relative' | 'complement' | 'coord' | 'conditional';

const SUBORDINATORS = new Set(['as', 'although', 'though', 'because', 'while', 'whereas', 'since', 'after', 'before', 'when', 'whether', 'unless', 'until', 'once']);
const CONDITIONAL = new Set(['if', 'unless']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
// one lookup per token for the three lists
const OPENERS = wordFlags(CONDITIONAL, SUBORDINATORS, RELATIVE);
const IS_CONDITIONAL = 1;
const IS_SUBORDINATOR = 2;
const IS_RELATIVE = 4;

export function mapClauses(tokens: readonly Token[], s: Sentence): ClauseMap {
  const n = s.last - s.first;
  const id = new Int32Array(n);
  const relative = new Uint8Array(n);
  const starts: number[] = [s.first];
  const kinds: ClauseKind[] = ['main'];
  let inRelative = false;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (k > s.first) {
      const opener = OPENERS.get(t.lower) ?? 0;
      if (t.lower === ';' || t.lower === ':') open(starts, kinds, k + 1, 'main');
      else if (opener & IS_CONDITIONAL) open(starts, kinds, k, 'conditional');
      else if ((opener & IS_SUBORDINATOR) !== 0 && (t.lower === 'as' ? asClause(tokens, k, s) : t.pos === 'SCONJ' || (t.pos === 'ADP' && verbFollows(tokens, k, s)))) open(starts, kinds, k, 'sub');
      else if ((opener & IS_RELATIVE) !== 0 && prev.lower === ',') {
        open(starts, kinds, k, 'relative');
        inRelative = true;
      } else if (t.lower === 'that' && (prev.pos === 'VERB' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADV')) open(starts, kinds, k, 'complement');
      else if ((t.lower === 'and' || t.lower === 'but') && next && (next.pos === 'VERB' || next.pos === 'AUX')) open(starts, kinds, k, 'coord');
      else if (t.lower === ',' && inRelative && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) {
        inRelative = false;
        open(starts, kinds, k + 1, 'main');
      }
    }
    if (inRelative && kinds[kinds.length - 1] === 'relative') relative[k - s.first] = 1;
    id[k - s.first] = starts.length - 1;
  }
  // re-number tokens opened by look-ahead (":" and resumption) correctly
  let c = 0;
  for (let k = s.first; k < s.last; k++) {
    while (c + 1 < starts.length && starts[c + 1] <= k) c++;
    id[k - s.first] = c;
  }
  return { id, starts, kinds, relative };
}

/** Starts a clause at token k (a clause opened at the same token takes the later kind). */
function open(starts: number[], kinds: ClauseKind[], k: number, kind: ClauseKind): void {
  if (starts[starts.length - 1] === k) {
    kinds[kinds.length - 1] = kind;
    return;
  }
  starts.push(k);
  kinds.push(kind);
}

export function clauseOf(map: ClauseMap, s: Sentence, token: number): number {
  return map.id[token - s.first];
}

export function clauseEnd(map: ClauseMap, s: Sentence, clause: number): number {
  return clause + 1 < map.starts.length ? map.starts[clause + 1] : s.last;
}

/** The first token of the clause that token k is in. */
export function clauseStartAt(map: ClauseMap, s: Sentence, k: number): number {
  return map.starts[map.id[k - s.first]];
}

/** Where the clause that token k is in ends (exclusive). */
export function clauseEndAt(map: ClauseMap, s: Sentence, k: number): number {
  return clauseEnd(map, s, map.id[k - s.first]);
}

const AS_NOT_CLAUSE_BEFORE = new Set(['such', 'well', 'same', 'so', 'as', 'known', 'serve', 'served', 'serves', 'described', 'seen', 'regarded']);

/** "as violent protests continue" opens a clause; "such as", "as well as", "as a result" do not. */
function asClause(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const prev = tokens[k - 1];
  if (AS_NOT_CLAUSE_BEFORE.has(prev.lower) || prev.pos === 'ADJ' || prev.pos === 'ADV') return false;
  for (let j = k + 1; j < Math.min(s.last, k + 6); j++) {
    if (tokens[j].pos === 'PUNCT') return false;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return j > k + 1;
  }
  return false;
}

/**
 * "until their demands are met", "before allowing aid in": a verb soon after a preposition makes it
 * a subordinator; "after four years to allow" is still a preposition.
 */
function verbFollows(tokens: readonly Token[], k: number, s: Sentence): boolean {
  for (let j = k + 1; j < Math.min(s.last, k + 5); j++) {
    if (tokens[j].pos === 'PUNCT') return false;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return tokens[j - 1].lower !== 'to';
  }
  return false;
}
