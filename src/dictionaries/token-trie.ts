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
  accept: (item: T, end: number) => boolean = () => true,
): { end: number; items: T[] } | null {
  const found: { end: number; items: T[] }[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let i = from; i < to && node; i++) {
    node = node.next.get(keys[i]);
    if (node?.items) found.push({ end: i + 1, items: node.items });
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const items = found[k].items.filter((it) => accept(it, found[k].end));
    if (items.length) return { end: found[k].end, items };
  }
  return null;
}
