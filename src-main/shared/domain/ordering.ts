// Reordering lists of rows kept in a user-chosen order (delegations in a visit, members by precedence).

/** `ids` with `id` taken out and put back at `index` (clamped to the list). */
export function moveIdTo(ids: readonly string[], id: string, index: number): string[] {
  const without = ids.filter((other) => other !== id);
  without.splice(Math.max(0, Math.min(index, without.length)), 0, id);
  return without;
}

/** `ids` with `id` moved `delta` places up (negative) or down; null when it would leave the list. */
export function moveIdBy(ids: readonly string[], id: string, delta: number): string[] | null {
  const target = ids.indexOf(id) + delta;
  if (!ids.includes(id) || target < 0 || target >= ids.length) return null;
  return moveIdTo(ids, id, target);
}
