import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';

export const visitKeys = {
  all: ['visits'] as const,
  detail: (id: string) => ['visits', id] as const,
};

export const useVisits = () => useQuery({ queryKey: visitKeys.all, queryFn: () => request('visits.list', {}) });

export const useVisit = (id: string) =>
  useQuery({ queryKey: visitKeys.detail(id), queryFn: () => request('visits.get', { id }) });

export function useCreateVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'visits.create'>) => request('visits.create', input),
    onSuccess: () => client.invalidateQueries({ queryKey: visitKeys.all }),
  });
}

export function useUpdateVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'visits.update'>) => request('visits.update', input),
    onSuccess: () => client.invalidateQueries({ queryKey: visitKeys.all }),
  });
}

export function useDeleteVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('visits.delete', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: visitKeys.all }),
  });
}

// ---- Overview: legs, and what a change inside a visit invalidates (added for the overview editor) ----

/**
 * Everything a change inside a visit may affect: the visits list and details (counts, dates, host
 * places), its itinerary items (a deleted leg takes its items along) and conflicts, the undo history
 * and search results.
 */
export function invalidateVisit(client: QueryClient, visitId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: visitKeys.all }),
    client.invalidateQueries({ queryKey: ['items', visitId] }),
    client.invalidateQueries({ queryKey: ['conflicts', visitId] }),
    client.invalidateQueries({ queryKey: ['history'] }),
    client.invalidateQueries({ queryKey: ['search'] }),
  ]);
}

export function useCreateLeg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'legs.create'>) => request('legs.create', input),
    onSuccess: (leg) => invalidateVisit(client, leg.visitId),
  });
}

export function useUpdateLeg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'legs.update'>) => request('legs.update', input),
    scope: { id: 'legs.update' },
    onSuccess: (leg) => invalidateVisit(client, leg.visitId),
  });
}

export function useDeleteLeg(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('legs.delete', { id }),
    onSuccess: () => invalidateVisit(client, visitId),
  });
}

/** Saves one field of a visit in place; the detail and the list refresh. */
export function useUpdateVisitField(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChannelInput<'visits.update'>['patch']) => request('visits.update', { id: visitId, patch }),
    // Saves of one visit run one after the other, in the order the user made them.
    scope: { id: `visit:${visitId}` },
    onSuccess: () => invalidateVisit(client, visitId),
  });
}

/** Drops a deleted visit's cached queries; call once its screen is gone, or they would refetch and fail. */
export function forgetVisitQueries(client: QueryClient, id: string) {
  for (const key of [visitKeys.detail(id), ['items', id], ['conflicts', id]]) client.removeQueries({ queryKey: key });
}

/** Deletes a visit for the overview's Delete button; the list, history and search refresh. */
export function useDeleteVisitForOverview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('visits.delete', { id }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: visitKeys.all, exact: true }),
        client.invalidateQueries({ queryKey: ['history'] }),
        client.invalidateQueries({ queryKey: ['search'] }),
      ]),
  });
}
