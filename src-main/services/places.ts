import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, ServiceError } from './service-error';

export const placeHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'places.list' | 'places.create' | 'places.update' | 'places.delete'> => ({
  'places.list': ({ query }) => repos.places.list(query),
  'places.create': (fields) =>
    tx(() => {
      const place = { id: newId(), ...fields };
      repos.places.insert(place);
      return place;
    }),
  'places.update': ({ id, patch }) =>
    tx(() => {
      const place = { ...must(repos.places.get(id), 'place', id), ...patch };
      repos.places.update(place);
      return place;
    }),
  'places.delete': ({ id }) =>
    tx(() => {
      // A gazetteer entry deleted would only come back the next time the workspace opens.
      if (must(repos.places.get(id), 'place', id).gazetteerKey !== null) {
        throw new ServiceError('constraint', 'errors:place_from_gazetteer', { id });
      }
      if (repos.places.isInUse(id)) throw new ServiceError('constraint', 'errors:place_in_use', { id });
      repos.places.delete(id);
      return { id };
    }),
});
