import { lowerBound } from './lower-bound.ts';

/**
 * A look-up of the items whose start lies in [from, to), in their original order, built once
 * instead of scanning every item for every span (quadratic on long articles).
 */
export function startingWithin<T>(items: readonly T[], startOf: (item: T) => number): (from: number, to: number) => T[] {
  const order = items.map((_, k) => k).sort((a, b) => startOf(items[a]) - startOf(items[b]) || a - b);
  const starts = order.map((k) => startOf(items[k]));
  return (from, to) => {
    const found: number[] = [];
    for (let j = lowerBound(starts, (x) => x, from); j < starts.length && starts[j] < to; j++) found.push(order[j]);
    return found.sort((a, b) => a - b).map((k) => items[k]);
  };
}
