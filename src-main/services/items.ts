import type { ItineraryItem } from '../shared/contract/entities';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, notFound } from './service-error';

export const itemHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'items.list' | 'items.create' | 'items.update' | 'items.delete'> => {
  /** Leg, site and attendees must exist, and attendees must belong to the item's visit. */
  const checkReferences = (item: Omit<ItineraryItem, 'id' | 'visitId'>): string => {
    const leg = must(repos.legs.get(item.legId), 'leg', item.legId);
    if (item.siteId) must(repos.sites.get(item.siteId), 'site', item.siteId);
    if (item.attendees) {
      const delegations = new Set(repos.delegations.listByVisit(leg.visitId).map((d) => d.id));
      const members = new Set(repos.members.listByVisit(leg.visitId).map((m) => m.id));
      for (const id of item.attendees.delegationIds) if (!delegations.has(id)) throw notFound('delegation', id);
      for (const id of item.attendees.memberIds) if (!members.has(id)) throw notFound('member', id);
    }
    return leg.visitId;
  };
  return {
    'items.list': ({ visitId }) => {
      must(repos.visits.get(visitId), 'visit', visitId);
      return repos.items.listByVisit(visitId);
    },
    'items.create': (fields) =>
      tx(() => {
        const item: ItineraryItem = { id: newId(), visitId: checkReferences(fields), ...fields };
        repos.items.insert(item);
        return item;
      }),
    'items.update': ({ id, patch }) =>
      tx(() => {
        const before = must(repos.items.get(id), 'item', id);
        const item = { ...before, ...patch };
        // Items stay in their visit: a new leg must belong to the same visit.
        if (checkReferences(item) !== before.visitId) throw notFound('leg', item.legId);
        repos.items.update(item);
        return item;
      }),
    'items.delete': ({ id }) =>
      tx(() => {
        if (!repos.items.delete(id)) throw notFound('item', id);
        return { id };
      }),
  };
};
