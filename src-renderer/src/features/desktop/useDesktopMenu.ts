// What the page does for the desktop menu's commands that belong to no single screen. Features
// handle their own with useDesktopEvent('menu.command', …): newWorkspace (WorkspaceMenu), and
// exportPdf, importMembers and backups where those features live.
import { useQueryClient } from '@tanstack/react-query';
import type { HistoryState } from '../../../../src-main/shared/contract/history-state';
import { navigate } from '../../app/route';
import { historyKey, useUndoRedo } from '../history/queries';
import { useMenuCommands } from './useMenuCommands';

/** A text field, or anything in an open dialog: Undo there means the typing, not the last saved edit. */
export function isEditing(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

function focusSearch(): boolean {
  const field = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!field) return false;
  field.focus();
  field.select();
  return true;
}

export function useDesktopMenu(): void {
  const client = useQueryClient();
  const { undo, redo } = useUndoRedo();
  useMenuCommands((command) => {
    switch (command) {
      case 'undo':
      case 'redo': {
        if (isEditing(document.activeElement)) {
          // The deprecated command is still the one way to drive a field's own undo stack.
          document.execCommand(command);
          return;
        }
        const state = client.getQueryData<HistoryState>(historyKey);
        if (command === 'undo' && state?.canUndo !== false) undo();
        if (command === 'redo' && state?.canRedo !== false) redo();
        return;
      }
      case 'find':
        if (!focusSearch()) {
          navigate({ screen: 'search', query: '' });
          requestAnimationFrame(() => focusSearch());
        }
        return;
      default:
        return;
    }
  });
}
