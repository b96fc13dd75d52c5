// Closed vocabularies shared by the contract, the store, the UI and the documents.
// Labels live in locales/*/domain.json under the same keys.

export const ITEM_KINDS = [
  'institutional_meeting',
  'working_session',
  'roundtable',
  'seminar',
  'webinar',
  'forum',
  'workshop',
  'site_visit',
  'mou_signing',
  'welcome_dinner',
  'breakfast',
  'lunch',
  'dinner',
  'transfer',
  'flight',
  'high_speed_train',
  'hotel_checkin',
  'cultural',
  'free_time',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const TRANSPORT_MODES = [
  'walk',
  'car',
  'coach',
  'metro',
  'train',
  'high_speed_train',
  'flight',
  'boat',
] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const VISIT_STATUSES = ['draft', 'confirmed', 'completed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const MEMBER_ROLES = ['head', 'member', 'interpreter', 'staff'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PLACE_SIDES = ['eu', 'china', 'other'] as const;
export type PlaceSide = (typeof PLACE_SIDES)[number];

export const PLACE_KINDS = ['city', 'region', 'district', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const SITE_CATEGORIES = [
  'government',
  'company',
  'industrial_park',
  'research',
  'university',
  'museum',
  'cultural',
  'park',
  'farm',
  'hotel',
  'restaurant',
  'conference_venue',
  'station',
  'airport',
  'other',
] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
