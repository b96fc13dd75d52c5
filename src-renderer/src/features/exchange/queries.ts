// Data for the exchange dialogs: member import (preview, then commit), participant lists, calendars,
// visit packages and backups. Previews write nothing; commits and restores refresh what they change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';
import { request } from '../../api/client';
import { saveExportedFile } from '../desktop/saveExportedFile';
import { memberKeys } from '../delegations/queries';
import { visitKeys } from '../visits/queries';

export const usePreviewMembers = () =>
  useMutation({
    mutationFn: (input: ChannelInput<'import.membersPreview'>) => request('import.membersPreview', input),
  });

export function useCommitMembers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'import.membersCommit'>) => request('import.membersCommit', input),
    onSuccess: (_result, input) =>
      Promise.all([
        client.invalidateQueries({ queryKey: memberKeys.of(input.delegationId) }),
        client.invalidateQueries({ queryKey: visitKeys.all }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

/** One export written by the services, then kept by the user (Save dialog, or a download). */
export type ExchangeExport =
  | { kind: 'participants'; input: ChannelInput<'export.participants'> }
  | { kind: 'calendar'; input: ChannelInput<'export.calendar'> }
  | { kind: 'visitPackage'; input: ChannelInput<'export.visitPackage'> };

async function runExport(job: ExchangeExport) {
  const written =
    job.kind === 'participants'
      ? await request('export.participants', job.input)
      : job.kind === 'calendar'
        ? await request('export.calendar', job.input)
        : await request('export.visitPackage', job.input);
  const saved = await saveExportedFile(written.path);
  return { fileName: written.fileName, bytes: written.bytes, saved };
}

export const useExchangeExport = () => useMutation({ mutationFn: runExport });

export function useImportVisitPackage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'import.visitPackage'>) => request('import.visitPackage', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const backupKeys = { all: ['backups'] as const };

export const useBackups = (enabled: boolean) =>
  useQuery({ queryKey: backupKeys.all, queryFn: () => request('backups.list', {}), enabled, staleTime: 0 });

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request('backups.create', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => request('backups.restore', { path }),
    // The whole workspace changed under the page: refetch everything.
    onSuccess: () => client.invalidateQueries(),
  });
}
