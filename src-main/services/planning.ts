// Rearranging an itinerary: move, duplicate, shift in time, reorder delegations and members. Each is one transaction
// (and so one undo step).
import type { ItineraryItem } from '../shared/contract/entities';
import { legForDate, moveKeepingLength } from '../shared/domain/itinerary';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, ServiceError } from './service-error';

type PlanningChannels =
  | 'items.move'
  | 'items.duplicate'
  | 'items.duplicateDay'
  | 'visits.shift'
  | 'legs.shift'
  | 'members.reorder'
  | 'delegations.reorder';

/** A new order must name exactly the rows there are now, each once; else the list changed meanwhile. */
function checkSameRows(ids: string[], current: Array<{ id: string }>, details: Record<string, string>): void {
  const same =
    ids.length === current.length && new Set(ids).size === ids.length && current.every((r) => ids.includes(r.id));
  if (!same) throw new ServiceError('conflict', 'errors:reorder_mismatch', details);
}

export const planningHandlers = ({ repos, tx, newId }: ServiceContext): HandlerGroup<PlanningChannels> => {
  /** An item placed on a date belongs to the visit's leg for that date (its old leg if none). */
  const legFor = (item: ItineraryItem, date: string) =>
    legForDate(repos.legs.listByVisit(item.visitId), date)?.id ?? item.legId;

  const copy = (item: ItineraryItem, date: string): ItineraryItem => {
    const duplicate = { ...item, id: newId(), date, legId: legFor(item, date) };
    repos.items.insert(duplicate);
    return duplicate;
  };

  return {
    'items.move': ({ id, date, startTime }) =>
      tx(() => {
        const item = must(repos.items.get(id), 'item', id);
        const moved = { ...moveKeepingLength(item, date, startTime), legId: legFor(item, date) };
        repos.items.update(moved);
        return moved;
      }),
    'items.duplicate': ({ id, date }) =>
      tx(() => {
        const item = must(repos.items.get(id), 'item', id);
        return copy(item, date ?? item.date);
      }),
    'items.duplicateDay': ({ visitId, fromDate, toDate }) =>
      tx(() => {
        must(repos.visits.get(visitId), 'visit', visitId);
        return repos.items.listByVisitDate(visitId, fromDate).map((item) => copy(item, toDate));
      }),
    'visits.shift': ({ id, days }) =>
      tx(() => {
        const visit = must(repos.visits.get(id), 'visit', id);
        repos.legs.shiftDates({ visitId: id }, days);
        repos.items.shiftDates({ visitId: id }, days);
        return { visit, legs: repos.legs.listByVisit(id), delegations: repos.delegations.listByVisit(id) };
      }),
    'legs.shift': ({ id, days }) =>
      tx(() => {
        must(repos.legs.get(id), 'leg', id);
        repos.legs.shiftDates({ legId: id }, days);
        repos.items.shiftDates({ legId: id }, days);
        return must(repos.legs.get(id), 'leg', id);
      }),
    'members.reorder': ({ delegationId, memberIds }) =>
      tx(() => {
        const current = repos.members.listByDelegation(
          must(repos.delegations.get(delegationId), 'delegation', delegationId).id,
        );
        checkSameRows(memberIds, current, { delegationId });
        memberIds.forEach((id, precedence) => repos.members.setPrecedence(id, precedence));
        return repos.members.listByDelegation(delegationId);
      }),
    'delegations.reorder': ({ visitId, delegationIds }) =>
      tx(() => {
        const current = repos.delegations.listByVisit(must(repos.visits.get(visitId), 'visit', visitId).id);
        checkSameRows(delegationIds, current, { visitId });
        delegationIds.forEach((id, position) => repos.delegations.setPosition(id, position));
        return repos.delegations.listByVisit(visitId);
      }),
  };
};
