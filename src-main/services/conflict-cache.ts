// The conflicts of the visits being looked at, kept current between calls. Each visit's ConflictIndex
// is built once from the store; afterwards the change journal says which items changed (whoever
// changed them), and only those are rechecked. A change to legs, delegations, members, sites,
// places or settings (or a commit by another process) drops every index; the next call rebuilds.
import type { OtherVisitItem } from '../shared/domain/conflict-rules';
import { ConflictIndex } from '../shared/domain/conflict-index';
import { DEFAULT_MINIMUM_BUFFER_MINUTES, type Conflict, type ConflictInput } from '../shared/domain/conflicts';
import { createChangeJournal } from '../store/change-journal';
import type { ServiceContext } from './context';

/** Visits kept: the one on screen, and a few the user switches between. */
const KEPT_VISITS = 3;
/** Past this many changed items (a shifted visit, an import), building afresh is as quick as catching up. */
const MOST_ITEMS_CAUGHT_UP = 200;

export const minimumBuffer = (ctx: Pick<ServiceContext, 'repos'>): number =>
  Number(ctx.repos.settings.get('minimumBufferMinutes') ?? DEFAULT_MINIMUM_BUFFER_MINUTES);

/** Everything the conflict rules look at for one visit, read from the store. */
export const conflictInputFor = (repos: ServiceContext['repos'], visitId: string): ConflictInput => ({
  items: repos.items.listByVisit(visitId),
  legs: repos.legs.listByVisit(visitId),
  delegations: repos.delegations.listByVisit(visitId),
  members: repos.members.listByVisit(visitId),
  sites: repos.sites.list(),
  places: repos.places.list(),
  otherVisitsItems: repos.items.atSameSitesElsewhere(visitId),
  settings: { minimumBufferMinutes: minimumBuffer({ repos }) },
});

export function createConflictCache(ctx: Pick<ServiceContext, 'repos' | 'store'>) {
  const { repos } = ctx;
  const journal = createChangeJournal(ctx.store.db);
  /** By visit id, least recently used first. */
  const indexes = new Map<string, ConflictIndex>();

  const build = (visitId: string) => new ConflictIndex(conflictInputFor(repos, visitId));

  const catchUp = () => {
    const { itemIds, context } = journal.drain();
    if (context || itemIds.size > MOST_ITEMS_CAUGHT_UP) indexes.clear();
    if (indexes.size === 0 || itemIds.size === 0) return;
    const changed = repos.items.getMany([...itemIds]);
    const gone = new Set(itemIds);
    for (const item of changed) gone.delete(item.id);
    for (const [visitId, index] of indexes) {
      const own = changed.filter((item) => item.visitId === visitId);
      const others: OtherVisitItem[] = changed.filter((item) => item.visitId !== visitId && item.siteId !== null);
      // An item moved to another site or day may meet other visits' bookings the index never loaded.
      for (const item of own)
        if (item.siteId) others.push(...repos.items.atSiteElsewhere(visitId, item.siteId, item.date));
      index.removeItems(gone);
      index.upsertItems(own);
      index.upsertOtherVisitItems(others);
    }
  };

  return {
    forVisit(visitId: string): Conflict[] {
      catchUp();
      const index = indexes.get(visitId) ?? build(visitId);
      indexes.delete(visitId);
      indexes.set(visitId, index);
      if (indexes.size > KEPT_VISITS) indexes.delete(indexes.keys().next().value!);
      return index.conflicts();
    },
  };
}
