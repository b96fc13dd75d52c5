import type { Site } from '../shared/contract/entities';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, notFound } from './service-error';

export const siteHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'sites.list' | 'sites.create' | 'sites.update' | 'sites.delete'> => {
  const checkPlace = (placeId: string | null) => {
    if (placeId) must(repos.places.get(placeId), 'place', placeId);
  };
  return {
    'sites.list': ({ query }) => repos.sites.list(query),
    'sites.create': (fields) =>
      tx(() => {
        checkPlace(fields.placeId);
        const site: Site = { id: newId(), ...fields };
        repos.sites.insert(site);
        return site;
      }),
    'sites.update': ({ id, patch }) =>
      tx(() => {
        const site = { ...must(repos.sites.get(id), 'site', id), ...patch };
        checkPlace(site.placeId);
        repos.sites.update(site);
        return site;
      }),
    'sites.delete': ({ id }) =>
      tx(() => {
        if (!repos.sites.delete(id)) throw notFound('site', id);
        return { id };
      }),
  };
};
