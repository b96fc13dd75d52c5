// What a printed programme is built from, read through the repositories (no SQL here), and the choice
// of what one scope prints (the whole visit, a leg, a delegation's or a member's programme): pure.
import type { Delegation, ItineraryItem, Leg, Member, Site, Visit } from '../../shared/contract/entities';
import type { Repos } from '../../store/repos';

export interface ProgrammeData {
  visit: Visit;
  legs: Leg[];
  /** In their display order. */
  delegations: Delegation[];
  /** By delegation order, then precedence. */
  members: Member[];
  /** The sites the items use. */
  sites: Site[];
  /** By date and time. */
  items: ItineraryItem[];
}

/** Everything one visit's programme may print; undefined when the visit does not exist. */
export function loadProgrammeData(repos: Repos, visitId: string): ProgrammeData | undefined {
  const visit = repos.visits.get(visitId);
  if (!visit) return undefined;
  const items = repos.items.listByVisit(visitId);
  const siteIds = [...new Set(items.map((i) => i.siteId).filter((id): id is string => id !== null))];
  return {
    visit,
    legs: repos.legs.listByVisit(visitId),
    delegations: repos.delegations.listByVisit(visitId),
    members: repos.members.listByVisit(visitId),
    sites: siteIds.map((id) => repos.sites.get(id)).filter((s): s is Site => s !== undefined),
    items,
  };
}

export interface ProgrammeScope {
  legId?: string;
  delegationId?: string;
  memberId?: string;
}

export interface ScopedProgramme {
  /** The legs printed: the chosen one, or all. */
  legs: Leg[];
  items: ItineraryItem[];
  /** The delegations the document is for: the chosen one (or the member's), or all. */
  delegations: Delegation[];
  leg?: Leg;
  delegation?: Delegation;
  member?: Member;
}

/** The id a scope names that this visit does not have, if any. */
export function unknownScopeId(data: ProgrammeData, scope: ProgrammeScope): { entity: string; id: string } | undefined {
  if (scope.legId && !data.legs.some((l) => l.id === scope.legId)) return { entity: 'leg', id: scope.legId };
  if (scope.delegationId && !data.delegations.some((d) => d.id === scope.delegationId))
    return { entity: 'delegation', id: scope.delegationId };
  if (scope.memberId && !data.members.some((m) => m.id === scope.memberId))
    return { entity: 'member', id: scope.memberId };
  return undefined;
}

/** Whether a delegation (or one member of it) attends an item. */
export function attends(item: ItineraryItem, delegationId: string, memberIds: ReadonlySet<string>): boolean {
  if (item.attendees === null) return true;
  return (
    item.attendees.delegationIds.includes(delegationId) || item.attendees.memberIds.some((id) => memberIds.has(id))
  );
}

export function selectScope(data: ProgrammeData, scope: ProgrammeScope): ScopedProgramme {
  const leg = scope.legId ? data.legs.find((l) => l.id === scope.legId) : undefined;
  const member = scope.memberId ? data.members.find((m) => m.id === scope.memberId) : undefined;
  const delegationId = member?.delegationId ?? scope.delegationId;
  const delegation = delegationId ? data.delegations.find((d) => d.id === delegationId) : undefined;
  // A delegation's programme has what any of its members attends; a member's, only what they attend.
  const memberIds = new Set(
    member
      ? [member.id]
      : delegation
        ? data.members.filter((m) => m.delegationId === delegation.id).map((m) => m.id)
        : [],
  );
  const items = data.items.filter(
    (item) => (!leg || item.legId === leg.id) && (!delegation || attends(item, delegation.id, memberIds)),
  );
  return {
    legs: leg ? [leg] : data.legs,
    items,
    delegations: delegation ? [delegation] : data.delegations,
    leg,
    delegation,
    member,
  };
}
