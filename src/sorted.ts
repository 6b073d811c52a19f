/**
 * Binary searches over ascending keys, given as `count` and `keyAt(0 … count - 1)` so that any array (of sections by
 * line, of offsets, of indexes into another array) can be searched without being copied.
 */

/** The first position whose key is not below `target` (`count` when every key is). */
export function lowerBound(count: number, keyAt: (at: number) => number, target: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyAt(middle) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `target` stands among the keys, or -1. */
export function sortedIndexOf(count: number, keyAt: (at: number) => number, target: number): number {
  const at = lowerBound(count, keyAt, target);
  return at < count && keyAt(at) === target ? at : -1;
}
