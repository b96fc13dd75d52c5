import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../src-main/shared/contract/channels';
import type { Delegation, Member, VisitDetail } from '../../../../src-main/shared/contract/entities';
import { request } from '../../api/client';
import { invalidateVisit, visitKeys } from '../visits/queries';

export const memberKeys = {
  all: ['members'] as const,
  of: (delegationId: string) => ['members', delegationId] as const,
};

/** A delegation's members in order of precedence (the head of delegation usually first). */
export const useMembers = (delegationId: string) =>
  useQuery({ queryKey: memberKeys.of(delegationId), queryFn: () => request('members.list', { delegationId }) });

export function useCreateDelegation(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'delegations.create'>) => request('delegations.create', input),
    onSuccess: () => invalidateVisit(client, visitId),
  });
}

export function useUpdateDelegation(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'delegations.update'>) => request('delegations.update', input),
    onSuccess: () => invalidateVisit(client, visitId),
  });
}

export function useDeleteDelegation(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('delegations.delete', { id }),
    onSuccess: (_result, id) => {
      client.removeQueries({ queryKey: memberKeys.of(id) });
      return invalidateVisit(client, visitId);
    },
  });
}

/** Reorders the visit's delegations at once on screen (optimistic), then stores it; a refusal puts the old order back. */
export function useReorderDelegations(visitId: string) {
  const client = useQueryClient();
  const key = visitKeys.detail(visitId);
  return useMutation({
    mutationFn: (delegationIds: string[]) => request('delegations.reorder', { visitId, delegationIds }),
    onMutate: async (delegationIds: string[]) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<VisitDetail>(key);
      if (before) {
        const byId = new Map(before.delegations.map((d) => [d.id, d]));
        const delegations = delegationIds.flatMap((id) => byId.get(id) ?? []);
        client.setQueryData<VisitDetail>(key, { ...before, delegations });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) client.setQueryData(key, context.before);
      return invalidateVisit(client, visitId);
    },
    onSuccess: () => invalidateVisit(client, visitId),
  });
}

/** Members change a delegation's count (the visit detail), attendee lists and interpreter conflicts. */
const invalidateMembers = (client: ReturnType<typeof useQueryClient>, delegation: Delegation) =>
  Promise.all([
    client.invalidateQueries({ queryKey: memberKeys.of(delegation.id) }),
    invalidateVisit(client, delegation.visitId),
  ]);

export function useCreateMember(delegation: Delegation) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<ChannelInput<'members.create'>, 'delegationId'>) =>
      request('members.create', { ...input, delegationId: delegation.id }),
    onSuccess: () => invalidateMembers(client, delegation),
  });
}

export function useUpdateMember(delegation: Delegation) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'members.update'>) => request('members.update', input),
    onSuccess: () => invalidateMembers(client, delegation),
  });
}

export function useDeleteMember(delegation: Delegation) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('members.delete', { id }),
    onSuccess: () => invalidateMembers(client, delegation),
  });
}

/** Reorders at once on screen (optimistic), then stores it; a refusal puts the old order back. */
export function useReorderMembers(delegation: Delegation) {
  const client = useQueryClient();
  const key = memberKeys.of(delegation.id);
  return useMutation({
    mutationFn: (memberIds: string[]) => request('members.reorder', { delegationId: delegation.id, memberIds }),
    onMutate: async (memberIds: string[]) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Member[]>(key);
      if (before) {
        const byId = new Map(before.map((member) => [member.id, member]));
        client.setQueryData<Member[]>(
          key,
          memberIds.flatMap((id, precedence) => {
            const member = byId.get(id);
            return member ? [{ ...member, precedence }] : [];
          }),
        );
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) client.setQueryData(key, context.before);
      return client.invalidateQueries({ queryKey: key });
    },
    onSuccess: (members) => {
      client.setQueryData(key, members);
      return invalidateVisit(client, delegation.visitId);
    },
  });
}
