import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';
import { request } from '../../api/client';

export const siteKeys = {
  all: ['sites'] as const,
  list: (query: string) => ['sites', 'list', query] as const,
  usage: (id: string) => ['sites', 'usage', id] as const,
};

/** The site library, searched by name or address in either language; '' lists every site. */
export const useSites = (query = '') =>
  useQuery({
    queryKey: siteKeys.list(query),
    queryFn: () => request('sites.list', query ? { query } : {}),
    placeholderData: keepPreviousData,
  });

/** Where a site is used: itinerary items of any visit. */
export const useSiteUsage = (id: string) =>
  useQuery({ queryKey: siteKeys.usage(id), queryFn: () => request('sites.usage', { id }) });

/** A site is shown by every itinerary item at it, and its place and coordinates feed the travel checks. */
const invalidateSites = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: siteKeys.all }),
    client.invalidateQueries({ queryKey: ['items'] }),
    client.invalidateQueries({ queryKey: ['conflicts'] }),
    client.invalidateQueries({ queryKey: ['history'] }),
    client.invalidateQueries({ queryKey: ['search'] }),
  ]);

export function useCreateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'sites.create'>) => request('sites.create', input),
    onSuccess: () => invalidateSites(client),
  });
}

export function useUpdateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'sites.update'>) => request('sites.update', input),
    onSuccess: () => invalidateSites(client),
  });
}

export function useDeleteSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('sites.delete', { id }),
    onSuccess: () => invalidateSites(client),
  });
}
