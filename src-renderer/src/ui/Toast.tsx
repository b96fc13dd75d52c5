import { useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import './ui.css';

export interface ToastOptions {
  /** Called on every render, so the text follows a change of language. */
  message: () => string;
  /** An action offered with the message, e.g. Undo. */
  action?: { label: () => string; run: () => void | Promise<void> };
  /** How long the toast stays; it stays while the pointer or focus is on it. Default 10 s. */
  durationMs?: number;
  tone?: 'info' | 'error';
}

interface ToastState extends ToastOptions {
  key: number;
}

/** The notices on screen, newest last; at most three. */
let toasts: ToastState[] = [];
let counter = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

let mounted = false;
/**
 * The toast lives in its own small React root at the end of <body>, so it survives the screen that
 * opened it (a deleted visit navigates away, yet its Undo must stay on screen). Its live region is
 * mounted before the first message so that screen readers announce it.
 */
export function ensureToastRoot() {
  if (mounted || typeof document === 'undefined') return;
  mounted = true;
  const host = document.createElement('div');
  host.className = 'toast-root';
  document.body.appendChild(host);
  createRoot(host).render(<ToastViewport />);
}

/** Shows a notice (the oldest goes when a fourth arrives); returns its key for dismissToast. */
export function showToast(options: ToastOptions): number {
  ensureToastRoot();
  const key = ++counter;
  toasts = [...toasts, { ...options, key }].slice(-3);
  emit();
  return key;
}

/** Removes one notice, or all of them. */
export function dismissToast(key?: number) {
  toasts = key === undefined ? [] : toasts.filter((toast) => toast.key !== key);
  emit();
}

/** Removes the notices offering an action: after an undo or redo, their Undo would mean another step. */
export function dismissActionToasts() {
  toasts = toasts.filter((toast) => !toast.action);
  emit();
}

/** Mount once in a component that shows toasts, so the live region exists before the first message. */
export function useToastRoot() {
  useEffect(() => ensureToastRoot(), []);
}

function ToastViewport() {
  const shown = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="toast-viewport" role="status" aria-live="polite">
      {shown.map((toast) => (
        <ToastCard key={toast.key} toast={toast} />
      ))}
    </div>
  );
}

function ToastCard({ toast }: { toast: ToastState }) {
  const { t } = useTranslation('ui');
  const [held, setHeld] = useState(false);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => dismissToast(toast.key), toast.durationMs ?? 10_000);
    return () => window.clearTimeout(timer);
  }, [held, toast.durationMs, toast.key]);
  const run = async () => {
    if (!toast.action) return;
    setRunning(true);
    try {
      await toast.action.run();
      dismissToast(toast.key);
    } finally {
      setRunning(false);
    }
  };
  return (
    <div
      className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="toast-message">{toast.message()}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={() => void run()} disabled={running}>
          {toast.action.label()}
        </button>
      )}
      <button type="button" className="toast-dismiss" onClick={() => dismissToast(toast.key)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
