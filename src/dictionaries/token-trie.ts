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

const path: TrieNode<unknown>[] = [];
const ends: number[] = [];

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
  // the nodes with items along the way, deepest last (a reused buffer: this runs on every token)
  let found = 0;
  for (let i = from + 1; ; i++) {
    if (node.items) {
      path[found] = node;
      ends[found++] = i;
    }
    if (i >= to) break;
    const next: TrieNode<T> | undefined = node.next.get(keys[i]);
    if (!next) break;
    node = next;
  }
  if (found === 0) return null;
  if (!accept) return { end: ends[found - 1], items: (path[found - 1] as TrieNode<T>).items as T[] };
  // `accept` may search again: take the matches out of the shared buffers first
  const nodes = path.slice(0, found) as TrieNode<T>[];
  const at = ends.slice(0, found);
  for (let k = found - 1; k >= 0; k--) {
    const items = nodes[k].items as T[];
    const end = at[k];
    // the node's own list when every item passes, else the ones that do
    let kept: T[] | null = null;
    for (let j = 0; j < items.length; j++) {
      const ok = accept(items[j], end);
      if (!ok && kept === null) kept = items.slice(0, j);
      else if (ok && kept !== null) kept.push(items[j]);
    }
    if (kept === null) return { end, items };
    if (kept.length) return { end, items: kept };
  }
  return null;
}
