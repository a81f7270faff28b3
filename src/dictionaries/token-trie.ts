/** A trie over token sequences (lower-cased tokens), for longest-match lookup of dictionary phrases. */
export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  items: T[] | null;
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), items: null };
}

export function trieInsert<T>(root: TrieNode<T>, tokens: readonly string[], item: T): void {
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = newTrie<T>();
      node.next.set(t, child);
    }
    node = child;
  }
  if (!node.items) node.items = [];
  node.items.push(item);
}

/**
 * Longest match starting at `from`: returns the end index (exclusive) and the items there,
 * trying shorter matches when `accept` rejects every item of a longer one.
 */
export function trieLongest<T>(
  root: TrieNode<T>,
  keys: readonly string[],
  from: number,
  to: number,
  accept?: (item: T, end: number) => boolean,
): { end: number; items: T[] } | null {
  // most tokens start no phrase: answer them without allocating
  let node = from < to ? root.next.get(keys[from]) : undefined;
  if (!node) return null;
  let found: { end: number; items: T[] }[] | null = null;
  for (let i = from + 1; ; i++) {
    if (node.items) (found ??= []).push({ end: i, items: node.items });
    if (i >= to) break;
    const next: TrieNode<T> | undefined = node.next.get(keys[i]);
    if (!next) break;
    node = next;
  }
  if (!found) return null;
  for (let k = found.length - 1; k >= 0; k--) {
    const items = accept ? found[k].items.filter((it) => accept(it, found[k].end)) : found[k].items;
    if (items.length) return { end: found[k].end, items };
  }
  return null;
}
