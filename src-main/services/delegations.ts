import type { Delegation, Member } from '../shared/contract/entities';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, notFound } from './service-error';

export const delegationHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<
  'delegations.list' | 'delegations.create' | 'delegations.update' | 'delegations.delete'
> => {
  const checkOrigins = (placeIds: string[]) => placeIds.forEach((id) => must(repos.places.get(id), 'place', id));
  return {
    'delegations.list': ({ visitId }) => {
      must(repos.visits.get(visitId), 'visit', visitId);
      return repos.delegations.listByVisit(visitId);
    },
    'delegations.create': (fields) =>
      tx(() => {
        must(repos.visits.get(fields.visitId), 'visit', fields.visitId);
        checkOrigins(fields.originPlaceIds);
        const delegation: Delegation = { id: newId(), ...fields, memberCount: 0 };
        repos.delegations.insert(delegation);
        return must(repos.delegations.get(delegation.id), 'delegation', delegation.id);
      }),
    'delegations.update': ({ id, patch }) =>
      tx(() => {
        const delegation = { ...must(repos.delegations.get(id), 'delegation', id), ...patch };
        checkOrigins(delegation.originPlaceIds);
        repos.delegations.update(delegation);
        return must(repos.delegations.get(id), 'delegation', id);
      }),
    'delegations.delete': ({ id }) =>
      tx(() => {
        if (!repos.delegations.delete(id)) throw notFound('delegation', id);
        return { id };
      }),
  };
};

export const memberHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'members.list' | 'members.create' | 'members.update' | 'members.delete'> => {
  /** A member moves only between delegations of the same visit. */
  const checkSameVisit = (fromDelegationId: string, toDelegationId: string) => {
    const from = must(repos.delegations.get(fromDelegationId), 'delegation', fromDelegationId);
    const to = must(repos.delegations.get(toDelegationId), 'delegation', toDelegationId);
    if (from.visitId !== to.visitId) throw notFound('delegation', toDelegationId);
  };
  return {
    'members.list': ({ delegationId }) => {
      must(repos.delegations.get(delegationId), 'delegation', delegationId);
      return repos.members.listByDelegation(delegationId);
    },
    'members.create': ({ precedence, ...fields }) =>
      tx(() => {
        must(repos.delegations.get(fields.delegationId), 'delegation', fields.delegationId);
        const member: Member = {
          id: newId(),
          ...fields,
          precedence: precedence ?? repos.members.nextPrecedence(fields.delegationId),
        };
        repos.members.insert(member);
        return member;
      }),
    'members.update': ({ id, patch }) =>
      tx(() => {
        const before = must(repos.members.get(id), 'member', id);
        if (patch.delegationId && patch.delegationId !== before.delegationId) {
          checkSameVisit(before.delegationId, patch.delegationId);
        }
        const member = { ...before, ...patch };
        repos.members.update(member);
        return member;
      }),
    'members.delete': ({ id }) =>
      tx(() => {
        if (!repos.members.delete(id)) throw notFound('member', id);
        return { id };
      }),
  };
};
