// Undo and redo over the main process's history of contract edits (one step per edit).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { asAppError } from '../../ui/ErrorMessage';
import { dismissActionToasts, showToast } from '../../ui/Toast';

export const historyKey = ['history'] as const;

export const useHistoryState = () =>
  useQuery({ queryKey: historyKey, queryFn: () => request('history.state', {}), staleTime: 0 });

/**
 * After every mutation anywhere in the app, the history (what can be undone) and the conflicts of
 * any visit on screen may have changed: refetch both.
 */
export function useHistorySync(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        if (event.action.type !== 'success' && event.action.type !== 'error') return;
        void client.invalidateQueries({ queryKey: historyKey });
        void client.invalidateQueries({ queryKey: ['conflicts'] });
      }),
    [client],
  );
}

/** A history step's label (a channel name such as "items.move") in the active language. */
export function useStepLabel() {
  const { t } = useTranslation('history');
  return (label: string | null | undefined) =>
    label ? t(`step.${label}`, { defaultValue: t('step.generic') }) : t('step.generic');
}

export function useUndoRedo() {
  const client = useQueryClient();
  const { t } = useTranslation(['history', 'errors']);
  const stepLabel = useStepLabel();
  const { mutate, isPending } = useMutation({
    // One at a time, in order: pressing Ctrl+Z three times undoes three steps.
    scope: { id: 'history' },
    mutationFn: (direction: 'undo' | 'redo') => request(direction === 'undo' ? 'history.undo' : 'history.redo', {}),
    onMutate: (direction) => {
      const state = client.getQueryData<{ undoLabel: string | null; redoLabel: string | null }>(historyKey);
      return { label: direction === 'undo' ? state?.undoLabel : state?.redoLabel };
    },
    onSuccess: async (state, direction, context) => {
      client.setQueryData(historyKey, state);
      // A notice's own Undo ("… deleted. Undo") would now undo some other step: it goes.
      dismissActionToasts();
      // Anything on any screen may have changed back: refetch it all.
      await client.invalidateQueries();
      const step = context?.label;
      showToast({
        message: () => t(direction === 'undo' ? 'history:undone' : 'history:redone', { step: stepLabel(step) }),
        durationMs: 4000,
      });
    },
    onError: (error) => {
      const appError = asAppError(error);
      showToast({ tone: 'error', message: () => t(appError?.messageKey ?? 'errors:internal') });
    },
  });
  const undo = useCallback(() => mutate('undo'), [mutate]);
  const redo = useCallback(() => mutate('redo'), [mutate]);
  /** For a notice's Undo button: undoes the step only while it is still the newest (its label is the channel). */
  const undoIfLatest = useCallback(
    (channel: string) => async () => {
      const state = await request('history.state', {});
      if (state.canUndo && state.undoLabel === channel) mutate('undo');
      else showToast({ message: () => t('ui:undoNotLatest') });
    },
    [mutate, t],
  );
  return { undo, redo, undoIfLatest, pending: isPending };
}
