import { useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the user types before it is saved. The draft follows the stored value when that changes (after
 * a save, an undo, another screen's edit), except what the user is busy with: `keep` is true to keep the
 * whole draft (a save of it is still running), or the keys of an object draft to keep (the input of a
 * Bilingual that has focus), so a stored English text never overwrites Chinese being typed.
 */
export function useDraft<T>(value: T, keep: boolean | readonly string[] = false): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (!same(value, seen)) {
    setSeen(value);
    setDraft(follow(draft, value, keep));
  }
  return [draft, setDraft];
}

function follow<T>(draft: T, value: T, keep: boolean | readonly string[]): T {
  if (keep === true) return draft;
  if (keep === false || keep.length === 0) return value;
  const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isRecord(draft) || !isRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const key of keep) if (key in draft) out[key] = draft[key];
  return out as T;
}

/** True when two values are the same once surrounding spaces are ignored (the services trim text). */
export function sameTrimmed(a: unknown, b: unknown): boolean {
  const trim = (v: unknown): unknown =>
    typeof v === 'string'
      ? v.trim()
      : Array.isArray(v)
        ? v.map(trim)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)]))
          : v;
  return same(trim(a), trim(b));
}
