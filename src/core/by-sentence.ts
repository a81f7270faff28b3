// Items of a layer grouped by sentence, so that a stage looking at one sentence does not scan the
// whole article's layer for it (that made coding time grow with the square of the sentence count).
// Memoised on the layer array itself: layers are not mutated once a stage has returned them.

const EMPTY: readonly never[] = Object.freeze([]);
const memo = new WeakMap<readonly { sentence: number }[], readonly (readonly { sentence: number }[])[]>();

/** The items of `layer` whose `sentence` is `index`, in layer order. */
export function inSentence<T extends { sentence: number }>(layer: readonly T[], index: number): readonly T[] {
  let groups = memo.get(layer) as readonly (readonly T[])[] | undefined;
  if (!groups) {
    const built: T[][] = [];
    for (const item of layer) (built[item.sentence] ??= []).push(item);
    groups = built;
    memo.set(layer, built);
  }
  return groups[index] ?? EMPTY;
}
