import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../itinerary/Icon';
import { useHistoryState, useHistorySync, useStepLabel, useUndoRedo } from './queries';
import { dismissToast, holdToast, useToasts } from './toast';
import './history.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO_SHORTCUT = IS_MAC ? '⌘Z' : 'Ctrl+Z';
const REDO_SHORTCUT = IS_MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z';

/** While typing, Ctrl+Z belongs to the text field; inside a dialog, to the dialog's own edits. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which history command a key press asks for, if any. */
export function historyCommand(event: KeyboardEvent, mac = IS_MAC): 'undo' | 'redo' | null {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !mac && !event.shiftKey) return 'redo';
  return null;
}

/** Undo / Redo buttons for the header, the global keyboard shortcuts, and the notices area. */
export function HistoryControls() {
  const { t } = useTranslation('history');
  useHistorySync();
  const state = useHistoryState().data;
  const { undo, redo } = useUndoRedo();
  const stepLabel = useStepLabel();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const command = historyCommand(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') undo();
      else redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="history-controls" role="group" aria-label={t('label')}>
      <button
        type="button"
        className="icon-button"
        onClick={undo}
        disabled={!state?.canUndo}
        aria-keyshortcuts={IS_MAC ? 'Meta+Z' : 'Control+Z'}
        title={
          state?.canUndo
            ? t('undoStep', { step: stepLabel(state.undoLabel), shortcut: UNDO_SHORTCUT })
            : t('nothingToUndo')
        }
      >
        <Icon name="undo" />
        <span>{t('undo')}</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={redo}
        disabled={!state?.canRedo}
        aria-keyshortcuts={IS_MAC ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
        title={
          state?.canRedo
            ? t('redoStep', { step: stepLabel(state.redoLabel), shortcut: REDO_SHORTCUT })
            : t('nothingToRedo')
        }
      >
        <Icon name="redo" />
        <span>{t('redo')}</span>
      </button>
      <Toasts />
    </div>
  );
}

function Toasts() {
  const { t } = useTranslation('history');
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite" aria-label={t('notifications')}>
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}
          onMouseEnter={() => holdToast(toast.id, true)}
          onMouseLeave={() => holdToast(toast.id, false)}
          onFocus={() => holdToast(toast.id, true)}
          onBlur={() => holdToast(toast.id, false)}
        >
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                toast.action?.run();
                dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="toast-close"
            aria-label={t('dismiss')}
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
