// Data for the itinerary: one visit's items, their conflicts, the site library, the visit's members,
// and every edit of the itinerary as a react-query mutation (each one saves at once).
import { useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';
import type { Delegation, ItineraryItem, Leg, Member } from '../../../../src-main/shared/contract/entities';
import { legForDate, moveKeepingLength } from '../../../../src-main/shared/domain/itinerary';

export const itineraryKeys = {
  items: (visitId: string) => ['items', visitId] as const,
  conflicts: (visitId: string) => ['conflicts', visitId] as const,
  sites: ['sites', 'all'] as const,
  members: (delegationId: string) => ['members', delegationId] as const,
  settings: ['settings'] as const,
};

export const useItems = (visitId: string) =>
  useQuery({ queryKey: itineraryKeys.items(visitId), queryFn: () => request('items.list', { visitId }) });

export const useConflicts = (visitId: string) =>
  useQuery({ queryKey: itineraryKeys.conflicts(visitId), queryFn: () => request('conflicts.forVisit', { visitId }) });

export const useSites = () => useQuery({ queryKey: itineraryKeys.sites, queryFn: () => request('sites.list', {}) });

export const useSettings = () =>
  useQuery({ queryKey: itineraryKeys.settings, queryFn: () => request('settings.get', {}) });

const allMembers = (results: Array<{ data?: Member[] }>): Member[] => results.flatMap((r) => r.data ?? []);

/** Every member of the visit's delegations, in delegation order then precedence. */
export const useVisitMembers = (delegations: Delegation[]): Member[] =>
  useQueries({
    queries: delegations.map((d) => ({
      queryKey: itineraryKeys.members(d.id),
      queryFn: () => request('members.list', { delegationId: d.id }),
    })),
    // A stable combine function: react-query recomputes it only when a list changes.
    combine: allMembers,
  });

/** After an itinerary edit: the items, and (for shifts) the visit with its legs. Conflicts and history follow globally. */
function refresh(client: QueryClient, visitId: string, visitToo = false) {
  const done = [client.invalidateQueries({ queryKey: itineraryKeys.items(visitId) })];
  if (visitToo) done.push(client.invalidateQueries({ queryKey: ['visits'] }));
  return Promise.all(done);
}

/**
 * Puts the items an edit returned into the cached list, replacing their old versions: a visit's
 * 2,000 items are not read again (and sent across) to show one edited item.
 */
function putItems(client: QueryClient, visitId: string, saved: ItineraryItem[]) {
  client.setQueryData<ItineraryItem[]>(itineraryKeys.items(visitId), (items) => {
    if (!items) return items;
    const byId = new Map(saved.map((item) => [item.id, item]));
    const updated = items.map((item) => byId.get(item.id) ?? item);
    const known = new Set(items.map((item) => item.id));
    return [...updated, ...saved.filter((item) => !known.has(item.id))];
  });
}

/** Applies a change to the cached items at once; returns a way back if the server refuses it. */
async function optimistic(client: QueryClient, visitId: string, change: (items: ItineraryItem[]) => ItineraryItem[]) {
  const key = itineraryKeys.items(visitId);
  await client.cancelQueries({ queryKey: key });
  const before = client.getQueryData<ItineraryItem[]>(key);
  if (before) client.setQueryData(key, change(before));
  return () => client.setQueryData(key, before);
}

export function useItemMutations(visitId: string, legs: Leg[]) {
  const client = useQueryClient();

  // Single-item edits put the saved item into the list; a failure reads the list again.
  const create = useMutation({
    mutationFn: (input: ChannelInput<'items.create'>) => request('items.create', input),
    onSuccess: (item) => putItems(client, visitId, [item]),
    onError: () => refresh(client, visitId),
  });

  const update = useMutation({
    mutationFn: (input: ChannelInput<'items.update'>) => request('items.update', input),
    onSuccess: (item) => putItems(client, visitId, [item]),
    onError: () => refresh(client, visitId),
  });

  const remove = useMutation({
    mutationFn: (item: ItineraryItem) => request('items.delete', { id: item.id }),
    onMutate: (item) => optimistic(client, visitId, (items) => items.filter((i) => i.id !== item.id)),
    onError: (_e, _v, rollback) => {
      rollback?.();
      return refresh(client, visitId);
    },
  });

  const move = useMutation({
    mutationFn: (input: ChannelInput<'items.move'>) => request('items.move', input),
    onMutate: (input) =>
      optimistic(client, visitId, (items) =>
        items.map((i) =>
          i.id === input.id
            ? {
                ...moveKeepingLength(i, input.date, input.startTime),
                legId: legForDate(legs, input.date)?.id ?? i.legId,
              }
            : i,
        ),
      ),
    onSuccess: (item) => putItems(client, visitId, [item]),
    onError: (_e, _v, rollback) => {
      rollback?.();
      return refresh(client, visitId);
    },
  });

  const duplicate = useMutation({
    mutationFn: (input: ChannelInput<'items.duplicate'>) => request('items.duplicate', input),
    onSuccess: (item) => putItems(client, visitId, [item]),
    onError: () => refresh(client, visitId),
  });

  const duplicateDay = useMutation({
    mutationFn: (input: Omit<ChannelInput<'items.duplicateDay'>, 'visitId'>) =>
      request('items.duplicateDay', { visitId, ...input }),
    onSettled: () => refresh(client, visitId),
  });

  const shiftVisit = useMutation({
    mutationFn: (days: number) => request('visits.shift', { id: visitId, days }),
    onSettled: () => refresh(client, visitId, true),
  });

  const shiftLeg = useMutation({
    mutationFn: (input: ChannelInput<'legs.shift'>) => request('legs.shift', input),
    onSettled: () => refresh(client, visitId, true),
  });

  return { create, update, remove, move, duplicate, duplicateDay, shiftVisit, shiftLeg };
}

export function useCreateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'sites.create'>) => request('sites.create', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sites'] }),
  });
}

export function useSetBuffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) => request('settings.setBuffer', { minutes }),
    onSuccess: (settings) => client.setQueryData(itineraryKeys.settings, settings),
  });
}
