/** A copy of `list` with the items at `index` and `index + delta` swapped; the same list when out of range. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const item = list[index];
  const other = list[target];
  if (item === undefined || other === undefined) return list.slice();
  const next = list.slice();
  next[index] = other;
  next[target] = item;
  return next;
}
