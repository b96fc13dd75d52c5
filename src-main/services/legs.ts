import type { Leg } from '../shared/contract/entities';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, notFound, ServiceError } from './service-error';

const checkDates = (leg: Pick<Leg, 'startDate' | 'endDate'>) => {
  if (leg.endDate < leg.startDate)
    throw new ServiceError('validation', 'errors:validation', {
      issues: [{ path: 'endDate', messageKey: 'errors:field.end_before_start' }],
    });
};

export const legHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'legs.list' | 'legs.create' | 'legs.update' | 'legs.delete'> => ({
  'legs.list': ({ visitId }) => {
    must(repos.visits.get(visitId), 'visit', visitId);
    return repos.legs.listByVisit(visitId);
  },
  'legs.create': (fields) =>
    tx(() => {
      must(repos.visits.get(fields.visitId), 'visit', fields.visitId);
      const place = must(repos.places.get(fields.placeId), 'place', fields.placeId);
      checkDates(fields);
      const id = newId();
      repos.legs.insert({ ...fields, id, place, timeZone: fields.timeZone ?? place.timeZone });
      return must(repos.legs.get(id), 'leg', id);
    }),
  'legs.update': ({ id, patch }) =>
    tx(() => {
      const before = must(repos.legs.get(id), 'leg', id);
      const leg = { ...before, ...patch };
      const place = must(repos.places.get(leg.placeId), 'place', leg.placeId);
      // A new host place brings its time zone, unless the user had chosen another one for this leg.
      const followsPlace = patch.timeZone === undefined && before.timeZone === before.place.timeZone;
      if (followsPlace) leg.timeZone = place.timeZone;
      checkDates(leg);
      repos.legs.update({ ...leg, place });
      return must(repos.legs.get(id), 'leg', id);
    }),
  'legs.delete': ({ id }) =>
    tx(() => {
      if (!repos.legs.delete(id)) throw notFound('leg', id);
      return { id };
    }),
});
