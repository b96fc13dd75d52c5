// Itineraries for the conflict tests: two legs in different zones, two EU delegations in Beijing
// (only the first brings an interpreter), sites with and without coordinates.
import type {
  Bilingual,
  Delegation,
  ItineraryItem,
  Leg,
  Member,
  Place,
  Site,
} from '../../src-main/shared/contract/entities';
import type { Conflict, ConflictInput } from '../../src-main/shared/domain/conflicts';
import type { MemberRole, PlaceSide } from '../../src-main/shared/domain/vocabulary';

export const bi = (en: string, zh = `${en}（中文）`): Bilingual => ({ en, zh });

export function place(id: string, side: PlaceSide, timeZone: string): Place {
  return {
    id,
    gazetteerKey: null,
    name: bi(id),
    kind: 'city',
    country: side === 'china' ? 'CN' : 'EU',
    side,
    timeZone,
    pilot: false,
    zhReviewed: true,
  };
}

export function leg(id: string, p: Place, startDate: string, endDate: string): Leg {
  return { id, visitId: 'v1', placeId: p.id, place: p, startDate, endDate, timeZone: p.timeZone };
}

export function delegation(id: string, originPlaceIds: string[]): Delegation {
  return { id, visitId: 'v1', name: bi(id), originPlaceIds, homeTimeZone: 'UTC', notes: bi(''), memberCount: 0 };
}

export function member(id: string, delegationId: string, role: MemberRole = 'member'): Member {
  return {
    id,
    delegationId,
    nameLatin: id,
    nameZh: id,
    title: bi(''),
    organisation: bi(''),
    role,
    precedence: 0,
    email: '',
    phone: '',
    dietary: bi(''),
    notes: bi(''),
  };
}

export function site(id: string, latitude: number | null = null, longitude: number | null = null): Site {
  return {
    id,
    name: bi(id),
    address: bi(''),
    placeId: null,
    category: 'other',
    contact: { name: '', phone: '', email: '' },
    latitude,
    longitude,
    notes: bi(''),
    zhReviewed: true,
  };
}

export const BEIJING = place('beijing', 'china', 'Asia/Shanghai');
export const ROME = place('rome', 'eu', 'Europe/Rome');
export const BRUSSELS = place('brussels', 'eu', 'Europe/Brussels');
export const LEG_BJ = leg('leg-bj', BEIJING, '2025-07-07', '2025-07-11');
export const LEG_ROME = leg('leg-rome', ROME, '2025-07-07', '2025-07-11');

// Two EU delegations visiting Beijing; only the first brings an interpreter.
export const EU = delegation('d-eu', ['brussels']);
export const EU2 = delegation('d-eu2', ['rome']);
export const MEMBERS = [
  member('a-head', 'd-eu', 'head'),
  member('a-member', 'd-eu'),
  member('a-interp', 'd-eu', 'interpreter'),
  member('b-head', 'd-eu2', 'head'),
  member('b-member', 'd-eu2'),
];

export const SHOUGANG = site('s-shougang', 39.911, 116.162);
export const ZHONGGUANCUN = site('s-zgc', 39.98, 116.31);
export const HALL = site('s-hall');
export const HOTEL = site('s-hotel');

export function item(id: string, fields: Partial<ItineraryItem> = {}): ItineraryItem {
  return {
    id,
    visitId: 'v1',
    legId: 'leg-bj',
    date: '2025-07-08',
    startTime: '09:00',
    endTime: '10:00',
    endsNextDay: false,
    kind: 'cultural',
    title: bi(`Item ${id}`),
    description: bi(''),
    siteId: null,
    hosts: bi(''),
    attendees: null,
    transportMode: null,
    dressCode: bi(''),
    notes: bi(''),
    ...fields,
  };
}

export function input(items: ItineraryItem[], fields: Partial<ConflictInput> = {}): ConflictInput {
  return {
    items,
    legs: [LEG_BJ, LEG_ROME],
    delegations: [EU, EU2],
    members: MEMBERS,
    sites: [SHOUGANG, ZHONGGUANCUN, HALL, HOTEL],
    places: [BEIJING, ROME, BRUSSELS],
    ...fields,
  };
}

export const only = (...delegationIds: string[]) => ({ delegationIds, memberIds: [] });
export const people = (...memberIds: string[]) => ({ delegationIds: [], memberIds });
export const ids = (conflicts: Conflict[]) => conflicts.map((c) => c.itemIds);
