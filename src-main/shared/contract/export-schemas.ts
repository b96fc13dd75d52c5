// Inputs and results of the export channels (printed programmes, 日程安排).
// The export dialog sends the same input to `export.programmeCheck` and `export.programmePdf`.
import { z } from 'zod';
import { idSchema } from './schemas';

/** English, 中文, or both (中英对照). */
export const PROGRAMME_LANGUAGES = ['en', 'zh', 'bilingual'] as const;
export type ProgrammeLanguage = (typeof PROGRAMME_LANGUAGES)[number];

/** Bilingual only: two language columns side by side, or both languages stacked in each cell. */
export const BILINGUAL_LAYOUTS = ['columns', 'stacked'] as const;
export type BilingualLayout = (typeof BILINGUAL_LAYOUTS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/**
 * What to print. Scope: the whole visit (no id), one leg (`legId`), one delegation's programme
 * (`delegationId`: only the items it attends) or one member's (`memberId`). A leg may be combined
 * with a delegation or a member; a delegation and a member may not be combined.
 */
export const programmeExportInput = z
  .strictObject({
    visitId: idSchema,
    legId: idSchema.optional(),
    delegationId: idSchema.optional(),
    memberId: idSchema.optional(),
    language: z.enum(PROGRAMME_LANGUAGES),
    layout: z.enum(BILINGUAL_LAYOUTS).default('columns'),
    paper: z.enum(PAPER_SIZES).default('a4'),
    /** Adds the participant list, in precedence order. */
    participants: z.boolean().default(false),
    /** Adds each site's address and contact person. */
    addresses: z.boolean().default(false),
    /** Starts every day on a new page. */
    dayBreaks: z.boolean().default(false),
  })
  .refine((input) => !(input.delegationId && input.memberId), { path: ['memberId'], message: 'scope' });

export type ProgrammeExportInput = z.input<typeof programmeExportInput>;
export type ProgrammeExportOptions = z.output<typeof programmeExportInput>;

/** Where a printed text comes from, so the UI can link to the record to complete. */
export interface TextSource {
  entity: 'visit' | 'place' | 'delegation' | 'member' | 'site' | 'item';
  id: string;
  /** The field, e.g. "title", "description", "address", "name". */
  field: string;
  /** For items: the date and start time, to help find it. */
  date?: string;
  startTime?: string;
}

/** A printed text that has no value in one language; the PDF shows the other language, marked. */
export interface MissingTranslation extends TextSource {
  /** The language without text. */
  missing: 'en' | 'zh';
  /** The text in the other language, which prints in its place with a small language tag. */
  text: string;
}

/** A printed text with characters that no bundled font has; the PDF prints their code (U+XXXX) instead. */
export interface UnprintableText extends TextSource {
  characters: string[];
}

export interface ProgrammeCheck {
  language: ProgrammeLanguage;
  /** Items and days the chosen scope prints. */
  itemCount: number;
  dayCount: number;
  revision: number;
  /** Fields without text in a printed language (for `en`: without English; `zh`: without Chinese; `bilingual`: either). */
  missing: MissingTranslation[];
  unprintable: UnprintableText[];
  /** The name the PDF will get (a suffix -2, -3 … is added if that file already exists). */
  fileName: string;
}

export interface ProgrammePdf {
  /** Absolute path of the written file, in the host's exports folder. */
  path: string;
  fileName: string;
  pages: number;
  bytes: number;
}
