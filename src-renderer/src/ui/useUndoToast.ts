import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { ChannelName } from '../../../src-main/shared/contract/channels';
import { request } from '../api/client';
import { asAppError } from './ErrorMessage';
import { showToast, useToastRoot } from './Toast';

/**
 * After a change the user may regret (a delete, mostly): a toast with the message and an Undo button.
 * Undo runs `history.undo` only if the newest step of the session's history is still this change
 * (its label is the channel name), then refreshes every cached query and calls `afterUndo`.
 */
export function useUndoToast() {
  const client = useQueryClient();
  useToastRoot();
  return (message: () => string, channel: ChannelName, afterUndo?: () => void) =>
    showToast({
      message,
      action: {
        label: () => i18next.t('ui:undo'),
        run: async () => {
          try {
            const state = await request('history.state', {});
            if (!state.canUndo || state.undoLabel !== channel) {
              showToast({ message: () => i18next.t('ui:undoNotLatest') });
              return;
            }
            await request('history.undo', {});
            await client.invalidateQueries();
            showToast({ message: () => i18next.t('ui:undone'), durationMs: 4000 });
            afterUndo?.();
          } catch (error) {
            const appError = asAppError(error);
            showToast({ message: () => i18next.t(appError?.messageKey ?? 'errors:internal') });
          }
        },
      },
    });
}
