import type { Visit } from '../shared/contract/entities';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, notFound } from './service-error';

export const visitHandlers = ({
  repos,
  tx,
  newId,
  now,
}: ServiceContext): HandlerGroup<
  'visits.list' | 'visits.get' | 'visits.create' | 'visits.update' | 'visits.delete'
> => ({
  'visits.list': () => repos.visits.listSummaries(),
  'visits.get': ({ id }) => ({
    visit: must(repos.visits.get(id), 'visit', id),
    legs: repos.legs.listByVisit(id),
    delegations: repos.delegations.listByVisit(id),
  }),
  'visits.create': (fields) =>
    tx(() => {
      const stamp = now();
      const visit: Visit = { id: newId(), ...fields, revision: 1, createdAt: stamp, updatedAt: stamp };
      repos.visits.insert(visit);
      return must(repos.visits.get(visit.id), 'visit', visit.id);
    }),
  'visits.update': ({ id, patch }) =>
    tx(() => {
      repos.visits.update({ ...must(repos.visits.get(id), 'visit', id), ...patch });
      return must(repos.visits.get(id), 'visit', id);
    }),
  'visits.delete': ({ id }) =>
    tx(() => {
      if (!repos.visits.delete(id)) throw notFound('visit', id);
      return { id };
    }),
});
