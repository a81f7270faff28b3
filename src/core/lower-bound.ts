/**
 * The index of the first item whose key is ≥ `value` in `items` sorted by that key (items.length
 * when there is none). Stages use it to find a span's tokens or mentions without scanning the
 * article from its start, which made coding time grow with the square of the article's length.
 */
export function lowerBound<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
