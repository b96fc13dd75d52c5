// Shapes the services return. Every text a person reads has an English and a Chinese value.
import type {
  ItemKind,
  MemberRole,
  PlaceKind,
  PlaceSide,
  SiteCategory,
  TransportMode,
  UiLanguage,
  VisitStatus,
} from '../domain/vocabulary';

export interface Bilingual {
  en: string;
  zh: string;
}

/** A calendar date, YYYY-MM-DD, in the leg's own time zone. */
export type IsoDate = string;
/** A local wall-clock time, HH:MM (24-hour). */
export type LocalTime = string;

export interface Place {
  id: string;
  gazetteerKey: string | null;
  name: Bilingual;
  kind: PlaceKind;
  country: string;
  side: PlaceSide;
  timeZone: string;
  /** An IURC pilot city or region. */
  pilot: boolean;
  /** False while the Chinese name is a proposal nobody has checked yet. */
  zhReviewed: boolean;
}

export interface Visit {
  id: string;
  title: Bilingual;
  purpose: Bilingual;
  themes: Bilingual[];
  status: VisitStatus;
  notes: Bilingual;
  /** Grows with every change to the visit or anything in it; printed on programmes. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface VisitSummary extends Visit {
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  legCount: number;
  delegationCount: number;
  itemCount: number;
  hostPlaces: Bilingual[];
}

export interface Leg {
  id: string;
  visitId: string;
  placeId: string;
  place: Place;
  startDate: IsoDate;
  endDate: IsoDate;
  timeZone: string;
}

export interface Delegation {
  id: string;
  visitId: string;
  name: Bilingual;
  originPlaceIds: string[];
  homeTimeZone: string;
  notes: Bilingual;
  memberCount: number;
}

export interface Member {
  id: string;
  delegationId: string;
  nameLatin: string;
  nameZh: string;
  title: Bilingual;
  organisation: Bilingual;
  role: MemberRole;
  precedence: number;
  email: string;
  phone: string;
  dietary: Bilingual;
  notes: Bilingual;
}

export interface Site {
  id: string;
  name: Bilingual;
  address: Bilingual;
  placeId: string | null;
  category: SiteCategory;
  contact: { name: string; phone: string; email: string };
  latitude: number | null;
  longitude: number | null;
  notes: Bilingual;
  zhReviewed: boolean;
}

export interface ItineraryItem {
  id: string;
  visitId: string;
  legId: string;
  date: IsoDate;
  startTime: LocalTime;
  endTime: LocalTime;
  /** True when the item ends on the day after `date` (e.g. a night train). */
  endsNextDay: boolean;
  kind: ItemKind;
  title: Bilingual;
  description: Bilingual;
  siteId: string | null;
  hosts: Bilingual;
  /** Null means every delegation and member of the visit attends. */
  attendees: { delegationIds: string[]; memberIds: string[] } | null;
  transportMode: TransportMode | null;
  dressCode: Bilingual;
  notes: Bilingual;
}

export interface VisitDetail {
  visit: Visit;
  legs: Leg[];
  delegations: Delegation[];
}

export interface StoreCheck {
  path: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  integrity: string;
  counts: Record<string, number>;
}

export interface Settings {
  language: UiLanguage | null;
  /** Minimum time between items at different sites when no travel estimate is possible. */
  minimumBufferMinutes: number;
}

export interface SearchHit {
  entity: 'visit' | 'delegation' | 'member' | 'site' | 'item';
  id: string;
  visitId: string | null;
  label: Bilingual;
  /** For items: when; for members: their delegation; empty otherwise. */
  context: string;
}

export interface SiteUse {
  visitId: string;
  visitTitle: Bilingual;
  itemId: string;
  date: IsoDate;
  startTime: LocalTime;
  title: Bilingual;
}

export interface WorkspaceInfo {
  path: string;
  /** The file name without its extension. */
  name: string;
  isDemo: boolean;
}

export interface WorkspaceState {
  current: WorkspaceInfo;
  /** Most recent first, the current one included. */
  recent: WorkspaceInfo[];
}
