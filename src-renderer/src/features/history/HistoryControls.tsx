import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useToastRoot } from '../../ui/Toast';
import { Icon } from '../itinerary/Icon';
import { useHistoryState, useHistorySync, useStepLabel, useUndoRedo } from './queries';
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

/** Undo / Redo buttons for the header and the global keyboard shortcuts. */
export function HistoryControls() {
  const { t } = useTranslation('history');
  useHistorySync();
  useToastRoot(); // the notices' live region exists before the first notice, so it is announced
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
    </div>
  );
}
