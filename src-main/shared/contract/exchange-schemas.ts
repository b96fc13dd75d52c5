// Inputs and results of the exchange channels: importing members from CSV/XLSX, participant lists
// (参会人员名单), calendars (ICS), visit packages (one JSON file per visit) and workspace backups.
// Files travel as base64 in the request; written files land in the host's exports folder and reach
// the user through `files.saveAs`, like the PDF programmes.
import { z } from 'zod';
import type { Bilingual } from './entities';
import type { MemberRole } from '../domain/vocabulary';
import { idSchema } from './schemas';

/** Largest file accepted for an import: 20 MiB (base64 is 4/3 of that). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const fileName = z.string().trim().min(1).max(255);
const contentBase64 = z
  .string()
  .max(MAX_BASE64_CHARS)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

// ─── Members from a spreadsheet ────────────────────────────────────────────────────────────────

/**
 * What a column of the file may fill in. `name`, `title`, `organisation`, `dietary` and `notes`
 * without a language go to English or Chinese by the text itself (Chinese characters → zh).
 */
export const IMPORT_FIELDS = [
  'name',
  'nameLatin',
  'nameZh',
  'title',
  'titleEn',
  'titleZh',
  'organisation',
  'organisationEn',
  'organisationZh',
  'email',
  'phone',
  'dietary',
  'dietaryEn',
  'dietaryZh',
  'role',
  'notes',
  'notesEn',
  'notesZh',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** A column mapping must fill one of these: a member needs a name. */
export const NAME_IMPORT_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['name', 'nameLatin', 'nameZh']);

export const IMPORT_ROW_STATUSES = ['new', 'duplicate_in_file', 'duplicate_existing', 'invalid', 'blank'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** How the text of a CSV file was encoded (detected: BOM, then valid UTF-8, else GB18030). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export const DUPLICATE_POLICIES = ['skip', 'keep'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/**
 * One entry per column of the file, in file order: the field it fills, or null to ignore it.
 * Left out: the mapping detected from the header row.
 */
const columnMapping = z.array(z.enum(IMPORT_FIELDS).nullable()).max(200).optional();

export const membersPreviewInput = z.strictObject({
  delegationId: idSchema,
  fileName,
  contentBase64,
  mapping: columnMapping,
});

export const membersCommitInput = z.strictObject({
  delegationId: idSchema,
  fileName,
  contentBase64,
  mapping: columnMapping,
  /** Duplicates (same name and e-mail, in the file or already in the delegation): skipped, or added anyway. */
  onDuplicate: z.enum(DUPLICATE_POLICIES).default('skip'),
});
export type MembersCommitInput = z.input<typeof membersCommitInput>;

export interface ImportColumn {
  /** 0-based position in the file. */
  index: number;
  /** The header cell as written in the file. */
  header: string;
  /** The detected field; null when nothing matched (the column is ignored). */
  field: ImportField | null;
}

/** A member as one row would create it. */
export interface ImportedMember {
  nameLatin: string;
  nameZh: string;
  title: Bilingual;
  organisation: Bilingual;
  role: MemberRole;
  email: string;
  phone: string;
  dietary: Bilingual;
  notes: Bilingual;
}

export interface ImportPreviewRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  status: ImportRowStatus;
  /** Translation keys (errors:import.row.*) saying why a row is invalid or a duplicate. */
  reasons: string[];
  /** The file's cells, as text. */
  cells: string[];
  /** What the row would store; null for blank rows. */
  member: ImportedMember | null;
  /** For duplicates: the earlier row of the file, or the member already in the delegation. */
  duplicateOf?: { row?: number; memberId?: string };
}

export interface MembersImportPreview {
  format: 'csv' | 'xlsx';
  /** CSV only; null for XLSX. */
  encoding: TextEncodingName | null;
  columns: ImportColumn[];
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportRowOutcome {
  row: number;
  outcome: 'skipped' | 'rejected';
  /** Translation keys (errors:import.row.*). */
  reasons: string[];
}

export interface MembersImportResult {
  added: number;
  /** Duplicates left out (onDuplicate: 'skip'). */
  skipped: number;
  /** Invalid rows. */
  rejected: number;
  /** Empty rows, ignored. */
  blank: number;
  /** The new members, in file order. */
  memberIds: string[];
  /** Every skipped or rejected row and why. */
  reasons: ImportRowOutcome[];
}

// ─── Participant lists and calendars ───────────────────────────────────────────────────────────

export const PARTICIPANT_FORMATS = ['csv', 'xlsx'] as const;
export type ParticipantFormat = (typeof PARTICIPANT_FORMATS)[number];

/** The participant list of a whole visit, or of one delegation (`delegationId`). */
export const participantsExportInput = z.strictObject({
  visitId: idSchema,
  delegationId: idSchema.optional(),
  format: z.enum(PARTICIPANT_FORMATS),
});

export interface ParticipantsExport {
  /** Absolute path of the written file, in the host's exports folder. */
  path: string;
  fileName: string;
  /** Members listed (the header row not counted). */
  rows: number;
  bytes: number;
}

export const CALENDAR_LANGUAGES = ['en', 'zh'] as const;

/** The calendar of a whole visit, one delegation's (`delegationId`) or one member's (`memberId`), not both. */
export const calendarExportInput = z
  .strictObject({
    visitId: idSchema,
    delegationId: idSchema.optional(),
    memberId: idSchema.optional(),
    lang: z.enum(CALENDAR_LANGUAGES),
  })
  .refine((input) => !(input.delegationId && input.memberId), { path: ['memberId'], message: 'scope' });

export interface CalendarExport {
  path: string;
  fileName: string;
  events: number;
  bytes: number;
}

// ─── Visit packages ────────────────────────────────────────────────────────────────────────────

export const visitPackageExportInput = z.strictObject({ visitId: idSchema });

export interface VisitPackageCounts {
  legs: number;
  delegations: number;
  members: number;
  items: number;
  /** Places and sites in the package (export) or created by the import (import). */
  places: number;
  sites: number;
}

export interface VisitPackageExport {
  path: string;
  fileName: string;
  bytes: number;
  counts: VisitPackageCounts;
}

export const visitPackageImportInput = z.strictObject({ fileName, contentBase64 });

/** A place or site of the package that the workspace already had, and was reused instead of copied. */
export interface MatchedRecord {
  /** Its id in the package. */
  packageId: string;
  /** The workspace's row now used. */
  id: string;
  name: Bilingual;
  matchedBy: 'gazetteer_key' | 'name' | 'name_and_coordinates';
  /** Fields whose values differ between the package and the workspace; the workspace's were kept. */
  differences: string[];
}

export interface VisitPackageImport {
  /** The new visit's id. */
  visitId: string;
  counts: VisitPackageCounts;
  matchedPlaces: MatchedRecord[];
  matchedSites: MatchedRecord[];
}

// ─── Backups ───────────────────────────────────────────────────────────────────────────────────

/** Why a backup was taken: at open, after 15 minutes of edits, by hand, before a migration, before a restore. */
export const BACKUP_REASONS = ['open', 'auto', 'manual', 'migration', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  path: string;
  fileName: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  bytes: number;
  reason: BackupReason;
}

/** `path`: a backup of the current workspace, as `backups.list` gave it (or its file name). */
export const backupRestoreInput = z.strictObject({ path: z.string().min(1).max(4096) });

export interface BackupRestore {
  /** The backup whose content the workspace now has. */
  restored: BackupInfo;
  /** The state just before the restore, saved first. */
  safety: BackupInfo;
}
