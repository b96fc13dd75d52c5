import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';
import type { Place } from '../../../../src-main/shared/contract/entities';
import { request } from '../../api/client';

export const placeKeys = {
  all: ['places'] as const,
  list: (query: string) => ['places', 'list', query] as const,
};

/** The gazetteer (and the places users added), searched in either language; '' lists them all. */
export const usePlaces = (query = '') =>
  useQuery({
    queryKey: placeKeys.list(query),
    queryFn: () => request('places.list', query ? { query } : {}),
    placeholderData: keepPreviousData,
  });

/** Every place by id, for showing names of places an entity refers to (origins, a site's city). */
export function usePlaceIndex(): Map<string, Place> {
  const { data } = usePlaces('');
  return useMemo(() => new Map((data ?? []).map((place) => [place.id, place])), [data]);
}

/** Place names show in visits (legs, origins) and sites: all of them are refreshed. */
const invalidatePlaces = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    client.invalidateQueries({ queryKey: placeKeys.all }),
    client.invalidateQueries({ queryKey: ['visits'] }),
    client.invalidateQueries({ queryKey: ['history'] }),
  ]);

export function useCreatePlace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'places.create'>) => request('places.create', input),
    onSuccess: () => invalidatePlaces(client),
  });
}

export function useUpdatePlace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'places.update'>) => request('places.update', input),
    onSuccess: () => invalidatePlaces(client),
  });
}

export function useDeletePlace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('places.delete', { id }),
    onSuccess: () => invalidatePlaces(client),
  });
}
