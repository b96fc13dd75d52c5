// Read-only views computed over the store: conflicts of a visit, search, where a site is used.
import type { SearchHit } from '../shared/contract/entities';
import { createConflictCache } from './conflict-cache';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must } from './service-error';

export const insightHandlers = (
  ctx: ServiceContext,
): HandlerGroup<'conflicts.forVisit' | 'search.query' | 'sites.usage'> => {
  const { repos } = ctx;
  const conflicts = createConflictCache(ctx);

  const label = (entity: SearchHit['entity'], id: string): Pick<SearchHit, 'label' | 'context'> | null => {
    switch (entity) {
      case 'visit': {
        const v = repos.visits.get(id);
        return v ? { label: v.title, context: '' } : null;
      }
      case 'delegation': {
        const d = repos.delegations.get(id);
        return d ? { label: d.name, context: '' } : null;
      }
      case 'member': {
        const m = repos.members.get(id);
        const d = m && repos.delegations.get(m.delegationId);
        return m
          ? { label: { en: m.nameLatin || m.nameZh, zh: m.nameZh || m.nameLatin }, context: d?.name.en ?? '' }
          : null;
      }
      case 'site': {
        const s = repos.sites.get(id);
        return s ? { label: s.name, context: '' } : null;
      }
      case 'item': {
        const i = repos.items.get(id);
        return i ? { label: i.title, context: `${i.date} ${i.startTime}` } : null;
      }
    }
  };

  return {
    'conflicts.forVisit': ({ visitId }) => {
      must(repos.visits.get(visitId), 'visit', visitId);
      return conflicts.forVisit(visitId);
    },
    'search.query': ({ query, limit }) =>
      repos.search.find(query, limit).flatMap(({ entity, ref, visitId }) => {
        const found = label(entity, ref);
        return found ? [{ entity, id: ref, visitId, ...found }] : [];
      }),
    'sites.usage': ({ id }) => {
      must(repos.sites.get(id), 'site', id);
      return repos.items.usesOfSite(id);
    },
  };
};
