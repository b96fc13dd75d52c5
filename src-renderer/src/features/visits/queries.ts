import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
