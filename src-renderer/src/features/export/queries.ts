// Data for the export dialog: the live translation check (debounced), the PDF export itself, and the
// records the check names (items, members, sites), read under the same query keys as their screens.
import { keepPreviousData, useMutation, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Delegation, Member } from '../../../../src-main/shared/contract/entities';
import type { ProgrammeCheck, ProgrammeExportInput } from '../../../../src-main/shared/contract/export-schemas';
import { request } from '../../api/client';
import { saveExportedFile } from '../desktop/saveExportedFile';

/** The value, once it has stopped changing for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export const exportKeys = {
  check: (input: ProgrammeExportInput) => ['export', 'check', input] as const,
};

/**
 * `export.programmeCheck` for the options the user settled on (300 ms after the last change). While a
 * newer check runs, the previous answer stays on screen (`isPlaceholderData`); `current` says whether
 * the answer shown belongs to the options shown.
 */
export function useProgrammeCheck(input: ProgrammeExportInput | null): {
  query: UseQueryResult<ProgrammeCheck>;
  current: boolean;
} {
  const key = input ? JSON.stringify(input) : '';
  const settledKey = useDebounced(key, 300);
  const settled = settledKey ? (JSON.parse(settledKey) as ProgrammeExportInput) : null;
  const query = useQuery({
    queryKey: settled ? exportKeys.check(settled) : ['export', 'check', null],
    queryFn: () => request('export.programmeCheck', settled!),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    // The check reads the visit as it is now: never trust an old answer.
    staleTime: 0,
    gcTime: 30_000,
    refetchOnMount: 'always',
  });
  const current = key !== '' && settledKey === key && !query.isPlaceholderData && !query.isFetching;
  return { query, current };
}

export const useExportPdf = () =>
  useMutation({ mutationFn: (input: ProgrammeExportInput) => request('export.programmePdf', input) });

export const useSaveExported = () => useMutation({ mutationFn: (path: string) => saveExportedFile(path) });

/** The visit's items (same key as the itinerary), for naming the items the check lists. */
export const useVisitItems = (visitId: string, enabled: boolean) =>
  useQuery({ queryKey: ['items', visitId], queryFn: () => request('items.list', { visitId }), enabled });

/** The site library (same key as the Sites screen's full list), for naming the sites the check lists. */
export const useAllSites = (enabled: boolean) =>
  useQuery({ queryKey: ['sites', 'list', ''], queryFn: () => request('sites.list', {}), enabled });

const byDelegation = (results: Array<{ data?: Member[] }>): Member[][] => results.map((r) => r.data ?? []);

/** Each delegation's members, in precedence order (same keys as the overview's member lists). */
export const useMembersByDelegation = (delegations: Delegation[]): Member[][] =>
  useQueries({
    queries: delegations.map((d) => ({
      queryKey: ['members', d.id],
      queryFn: () => request('members.list', { delegationId: d.id }),
    })),
    combine: byDelegation,
  });
