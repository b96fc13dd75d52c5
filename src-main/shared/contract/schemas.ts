// Input schemas for the contract. Strict objects: unknown keys are refused, not ignored.
import { z } from 'zod';
import {
  ITEM_KINDS,
  MEMBER_ROLES,
  PLACE_KINDS,
  PLACE_SIDES,
  SITE_CATEGORIES,
  TRANSPORT_MODES,
  UI_LANGUAGES,
  VISIT_STATUSES,
} from '../domain/vocabulary';
import { isValidIsoDate, isValidLocalTime, isValidTimeZone } from '../domain/dates';
import { isValidWorkspaceName } from '../domain/workspace-name';

const MAX_TEXT = 4000;
const MAX_SHORT = 300;

export const idSchema = z.string().min(1).max(64);
const text = (max = MAX_TEXT) => z.string().max(max).trim();

export const bilingualSchema = z.strictObject({ en: text(), zh: text() });
const shortBilingual = z.strictObject({ en: text(MAX_SHORT), zh: text(MAX_SHORT) });
/** A name a person reads: at least one of the two languages must be filled in. */
const requiredBilingual = shortBilingual.refine((b) => b.en.length > 0 || b.zh.length > 0, {
  message: 'required_one_language',
});

export const isoDateSchema = z.string().refine(isValidIsoDate, { message: 'date' });
export const localTimeSchema = z.string().refine(isValidLocalTime, { message: 'time' });
export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, { message: 'time_zone' });
const emptyBilingual = { en: '', zh: '' };

export const byIdInput = z.strictObject({ id: idSchema });
export const byVisitInput = z.strictObject({ visitId: idSchema });
export const byDelegationInput = z.strictObject({ delegationId: idSchema });
export const emptyInput = z.strictObject({});

export const placeFields = z.strictObject({
  name: requiredBilingual,
  kind: z.enum(PLACE_KINDS).default('city'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'country' })
    .default('CN'),
  side: z.enum(PLACE_SIDES),
  timeZone: timeZoneSchema,
  gazetteerKey: z.string().max(64).nullable().default(null),
  pilot: z.boolean().default(false),
  zhReviewed: z.boolean().default(true),
});

export const visitFields = z.strictObject({
  title: requiredBilingual,
  purpose: bilingualSchema.default(emptyBilingual),
  themes: z.array(shortBilingual).max(30).default([]),
  status: z.enum(VISIT_STATUSES).default('draft'),
  notes: bilingualSchema.default(emptyBilingual),
});

export const legFields = z.strictObject({
  visitId: idSchema,
  placeId: idSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** Defaults to the place's time zone. */
  timeZone: timeZoneSchema.optional(),
});

export const delegationFields = z.strictObject({
  visitId: idSchema,
  name: requiredBilingual,
  originPlaceIds: z.array(idSchema).max(50).default([]),
  homeTimeZone: timeZoneSchema,
  notes: bilingualSchema.default(emptyBilingual),
});

export const memberFields = z.strictObject({
  delegationId: idSchema,
  nameLatin: text(MAX_SHORT).default(''),
  nameZh: text(MAX_SHORT).default(''),
  title: shortBilingual.default(emptyBilingual),
  organisation: shortBilingual.default(emptyBilingual),
  role: z.enum(MEMBER_ROLES).default('member'),
  /** Omitted: placed after the delegation's last member. */
  precedence: z.number().int().min(0).max(100000).optional(),
  email: z.union([z.literal(''), z.email({ message: 'email' })]).default(''),
  phone: text(60).default(''),
  dietary: shortBilingual.default(emptyBilingual),
  notes: bilingualSchema.default(emptyBilingual),
});

export const siteFields = z.strictObject({
  name: requiredBilingual,
  address: bilingualSchema.default(emptyBilingual),
  placeId: idSchema.nullable().default(null),
  category: z.enum(SITE_CATEGORIES).default('other'),
  contact: z
    .strictObject({
      name: text(MAX_SHORT),
      phone: text(60),
      email: z.union([z.literal(''), z.email({ message: 'email' })]),
    })
    .default({ name: '', phone: '', email: '' }),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  notes: bilingualSchema.default(emptyBilingual),
  zhReviewed: z.boolean().default(true),
});

export const attendeesSchema = z
  .strictObject({
    delegationIds: z.array(idSchema).max(200),
    memberIds: z.array(idSchema).max(2000),
  })
  .nullable();

export const itemFields = z.strictObject({
  legId: idSchema,
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  endsNextDay: z.boolean().default(false),
  kind: z.enum(ITEM_KINDS),
  title: requiredBilingual,
  description: bilingualSchema.default(emptyBilingual),
  siteId: idSchema.nullable().default(null),
  hosts: shortBilingual.default(emptyBilingual),
  attendees: attendeesSchema.default(null),
  transportMode: z.enum(TRANSPORT_MODES).nullable().default(null),
  dressCode: shortBilingual.default(emptyBilingual),
  notes: bilingualSchema.default(emptyBilingual),
});

/**
 * An update names the row and the fields that change. Defaults never apply to a patch: zod's own
 * `.partial()` would fill a left-out field with its default and so erase stored values.
 */
export const patchOf = <S extends z.ZodObject>(fields: S) => {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, bare.optional()];
    }),
  );
  const schema = z.strictObject({ id: idSchema, patch: z.strictObject(shape) });
  return schema as unknown as z.ZodObject<{ id: typeof idSchema; patch: ReturnType<S['partial']> }>;
};

export const listQuery = z.strictObject({ query: text(MAX_SHORT).optional() });
export const languageInput = z.strictObject({ language: z.enum(UI_LANGUAGES) });

export const workspaceNameInput = z.strictObject({
  name: z.string().trim().min(1).max(80).refine(isValidWorkspaceName, { message: 'workspace_name' }),
});
export const workspacePathInput = z.strictObject({ path: z.string().min(1).max(4096) });

export const shiftInput = z.strictObject({ id: idSchema, days: z.number().int().min(-366).max(366) });
export const moveItemInput = z.strictObject({ id: idSchema, date: isoDateSchema, startTime: localTimeSchema });
export const duplicateItemInput = z.strictObject({ id: idSchema, date: isoDateSchema.optional() });
export const duplicateDayInput = z.strictObject({ visitId: idSchema, fromDate: isoDateSchema, toDate: isoDateSchema });
export const reorderMembersInput = z.strictObject({
  delegationId: idSchema,
  memberIds: z.array(idSchema).min(1).max(2000),
});
export const reorderDelegationsInput = z.strictObject({
  visitId: idSchema,
  delegationIds: z.array(idSchema).min(1).max(500),
});
export const searchInput = z.strictObject({
  query: z.string().trim().min(1).max(MAX_SHORT),
  limit: z.number().int().min(1).max(200).default(50),
});
export const bufferInput = z.strictObject({ minutes: z.number().int().min(0).max(240) });
