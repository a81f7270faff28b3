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

const PLACE_HEADS = new Set(['bridge', 'street', 'square', 'avenue', 'road', 'airport', 'stadium', 'hotel', 'station', 'park', 'boulevard', 'highway', 'canal', 'tower', 'gate']);
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'an', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'ul', 'ur']);
// word classes a surname standing alone is never tagged as
const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'PART', 'NUM']);
const commonWordUse = (t: Token) => t.lemma !== t.lower || NOT_NAME_POS.has(t.pos);
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
    if (item.kind === 'agent') return true;
    // lower-case text: a one-word person's name the tagger reads as an inflected English word or
    // a word of another class ("borne" → bear, "may" AUX) is that word, not the surname
    if (lowerCaseArticle) return item.kind !== 'person' || end - i > 1 || !commonWordUse(tokens[i]);
    // "top al-Qaeda leaders", "the van der Bellen government": a lower-case particle opens the name
    if (NAME_PARTICLES.has(tokens[i].text) && end - i > 1) return tokens.slice(i + 1, end).some(isCapitalised);
    return isCapitalised(tokens[i]);
  };
  while (i < s.last) {
    const m = trieLongest(index.trie, keys, i, s.last, accept);
    if (!m) {
      const typo = lowerCaseArticle ? null : misspeltCountry(index, tokens, i);
      if (typo) atoms.push({ first: i, last: i + 1, item: typo, items: [typo] });
      i++;
      continue;
    }
    const item = pickItem(m.items);
    // "the Europe Bridge", "Palestine Square": a country's name opening a place's name is no actor
    if ((item.kind === 'country' || item.kind === 'capital') && !lowerCaseArticle && isCapitalised(tokens[m.end] ?? tokens[i]) && m.end < s.last && PLACE_HEADS.has(tokens[m.end].lower)) {
      i = m.end + 1;
      continue;
    }
    // "a town in Western Ukraine": a compass word before a country's name names a region of it, not the West
    if (item.code === 'WST' && m.end === i + 1 && m.end < s.last && startsCountry(index, keys, m.end, s.last)) {
      i = m.end;
      continue;
    }
    // a role noun used as a modifier is no actor: "military assistance", "criminal pasts"
    const modifierUse = item.kind === 'agent' && tokens[m.end - 1].pos === 'ADJ' && m.end < s.last && tokens[m.end].pos === 'NOUN';
    if (!modifierUse) atoms.push({ first: i, last: m.end, item, items: m.items });
    i = m.end;
  }
  return atoms;
}

const countryLike = (it: ActorItem) => it.kind === 'country' || it.kind === 'capital';

/** Does a country's or capital's name start at token k? */
function startsCountry(index: ActorIndex, keys: readonly string[], k: number, end: number): boolean {
  const m = trieLongest(index.trie, keys, k, end, () => true);
  return !!m && m.items.some(countryLike);
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

// Country names and adjectives of one word, with each one-letter deletion inside them (not the
// first or last letter, not one of a doubled letter): "ethiopia" → "ethopia", … Built once per index.
const spellings = new WeakMap<ActorIndex, { names: Map<string, ActorItem>; deletions: Map<string, ActorItem | null> }>();

function spellingsOf(index: ActorIndex): { names: Map<string, ActorItem>; deletions: Map<string, ActorItem | null> } {
  let sp = spellings.get(index);
  if (sp) return sp;
  sp = { names: new Map(), deletions: new Map() };
  for (const [word, node] of index.trie.next) {
    const item = node.items?.find((x) => (x.kind === 'country' || x.kind === 'adjective') && !x.exact);
    if (!item || word.length < 5 || !/^[a-z]+$/.test(word)) continue;
    sp.names.set(word, item);
    // a misspelling is six letters or more: "Qatar" may gain one ("Quatar"), not lose one
    for (let k = 1; k < word.length - 1 && word.length > 6; k++) {
      // "Cameron" is a name, not "Cameroon" short of an "o"
      if (word[k] === word[k - 1] || word[k] === word[k + 1]) continue;
      const d = word.slice(0, k) + word.slice(k + 1);
      const had = sp.deletions.get(d);
      // two countries one letter apart stay unresolved
      sp.deletions.set(d, had === undefined || had?.code === item.code ? item : null);
    }
  }
  spellings.set(index, sp);
  return sp;
}

const capitalised = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);

/**
 * A capitalised name one letter longer or shorter than a country's name or adjective, inside the
 * word, is that country misspelt: "Ethopia has agreed", "Quatar's emir", "the Phillippines". Left
 * out: substitutions ("Roland" is no "Poland"), a letter added or dropped at either end ("Indiana",
 * "Ayotte", "Brazile"), a name beside another name ("David Cameron"), and all-lower-case text.
 */
function misspeltCountry(index: ActorIndex, tokens: readonly Token[], i: number): ActorItem | null {
  const t = tokens[i];
  const w = t.lower;
  if (t.pos !== 'PROPN' || w.length < 6 || !/^[A-Z][a-z]+$/.test(t.text)) return null;
  if (capitalised(tokens[i + 1]) || (capitalised(tokens[i - 1]) && tokens[i - 1].sentence === t.sentence && !/^[.!?"“]$/.test(tokens[i - 2]?.text ?? '.'))) return null;
  const { names, deletions } = spellingsOf(index);
  const shorter = deletions.get(w);
  if (shorter) return shorter;
  for (let k = 1; k < w.length - 1; k++) {
    const hit = names.get(w.slice(0, k) + w.slice(k + 1));
    if (hit) return hit;
  }
  return null;
}
