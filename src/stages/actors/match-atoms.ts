import type { ActorIndex, ActorItem } from '../../dictionaries/actor-index.ts';
import { trieLongest } from '../../dictionaries/token-trie.ts';
import type { Sentence, Token } from '../../core/types.ts';

/** A dictionary phrase found in the text: tokens [first, last) and what it may be. */
export interface Atom {
  readonly first: number;
  readonly last: number;
  readonly item: ActorItem;
  /** every entry with this phrase ("Khamenei": father and son); the date decides between people */
  readonly items: readonly ActorItem[];
}

const isCapitalised = (t: Token) => /^[A-Z0-9\u00C0-\u024F]/.test(t.text);

/**
 * Longest dictionary matches, left to right. In mixed-case text a name must be capitalised
 * ("turkey" the bird is no country); in all-lower-case articles case is not informative.
 */
export function matchAtoms(tokens: readonly Token[], s: Sentence, index: ActorIndex, lowerCaseArticle: boolean, keys: readonly string[]): Atom[] {
  const atoms: Atom[] = [];
  let i = s.first;
  const accept = (item: ActorItem, end: number) => {
    if (item.exact) {
      for (let k = i; k < end; k++) if (tokens[k].text !== item.exact[k - i]) return false;
      return true;
    }
    if (item.kind === 'agent' || lowerCaseArticle) return true;
    return isCapitalised(tokens[i]);
  };
  while (i < s.last) {
    const m = trieLongest(index.trie, keys, i, s.last, accept);
    if (!m) {
      i++;
      continue;
    }
    const item = pickItem(m.items);
    // a role noun used as a modifier is no actor: "military assistance", "criminal pasts"
    const modifierUse = item.kind === 'agent' && tokens[m.end - 1].pos === 'ADJ' && m.end < s.last && tokens[m.end].pos === 'NOUN';
    if (!modifierUse) atoms.push({ first: i, last: m.end, item, items: m.items });
    i = m.end;
  }
  return atoms;
}

// One phrase can be several things ("Georgia": a country; "Kremlin": a seat). Prefer the most specific.
const rank: Record<ActorItem['kind'], number> = {
  person: 7, seat: 6, igo: 5, group: 5, country: 4, capital: 3, adjective: 2, agent: 1,
};

function pickItem(items: readonly ActorItem[]): ActorItem {
  let best = items[0];
  for (const it of items) if (rank[it.kind] > rank[best.kind]) best = it;
  return best;
}
