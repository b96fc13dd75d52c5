// A tiny store of short-lived notices ("Item deleted. Undo"), shown by <Toasts /> in the header.
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

const LIFETIME_MS = 8000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Removes the notices that offer an action (an Undo that would now mean another step). */
export function dismissActionToasts(): void {
  for (const toast of toasts) if (toast.action) dismissToast(toast.id);
}

/** Shows a notice for a few seconds; at most three at a time, the newest last. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts = [...toasts, { ...toast, id }].slice(-3);
  timers.set(
    id,
    setTimeout(() => dismissToast(id), LIFETIME_MS),
  );
  emit();
  return id;
}

/** Keeps a notice on screen while the pointer or focus is on it. */
export function holdToast(id: number, held: boolean): void {
  clearTimeout(timers.get(id));
  if (!held)
    timers.set(
      id,
      setTimeout(() => dismissToast(id), LIFETIME_MS / 2),
    );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useToasts = (): Toast[] => useSyncExternalStore(subscribe, () => toasts);
