// Several word lists read as one: a map from each word to a bit per list it is on, so that a word
// checked against all of them (a token of every sentence, say) costs one lookup instead of one per list.

/** Bit k of a word's flags is set when the word is on lists[k]. */
export function wordFlags(...lists: readonly Iterable<string>[]): ReadonlyMap<string, number> {
  if (lists.length > 30) throw new Error('wordFlags: at most 30 lists');
  const flags = new Map<string, number>();
  lists.forEach((list, k) => {
    for (const word of list) flags.set(word, (flags.get(word) ?? 0) | (1 << k));
  });
  return flags;
}
