import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { WorkspaceState } from '../../../../src-main/shared/contract/entities';
import { isUiLanguage } from '../../i18n';
import { navigate } from '../../app/route';

const workspaceKey = ['workspaces'] as const;

export const useWorkspaces = () => useQuery({ queryKey: workspaceKey, queryFn: () => request('workspaces.list', {}) });

/**
 * Runs a workspace switch, then forgets everything cached from the previous workspace and carries
 * the interface language over, so the screen does not change language under the user.
 */
export function useSwitchWorkspace<I>(run: (input: I) => Promise<WorkspaceState>) {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: run,
    onSuccess: async (state) => {
      if (isUiLanguage(i18n.language)) {
        await request('settings.setLanguage', { language: i18n.language }).catch(() => undefined);
      }
      client.setQueryData(workspaceKey, state);
      await client.resetQueries({ predicate: (query) => query.queryKey[0] !== workspaceKey[0] });
      navigate({ screen: 'visits' });
    },
  });
}

export const useLoadDemo = () => useSwitchWorkspace(() => request('demo.load', {}));
export const useOpenWorkspace = () => useSwitchWorkspace((path: string) => request('workspaces.open', { path }));
export const useCreateWorkspace = () => useSwitchWorkspace((name: string) => request('workspaces.create', { name }));
export const useRenameWorkspace = () => useSwitchWorkspace((name: string) => request('workspaces.rename', { name }));
