// Helpers for the *_en / *_zh column pairs that hold every bilingual text.
import type { Bilingual } from '../../shared/contract/entities';

export type Row = Record<string, unknown>;

export const bilingual = (row: Row, column: string): Bilingual => ({
  en: String(row[`${column}_en`] ?? ''),
  zh: String(row[`${column}_zh`] ?? ''),
});

/** Named parameters for a bilingual value: { title_en, title_zh }. */
export const bilingualParams = (column: string, value: Bilingual): Row => ({
  [`${column}_en`]: value.en,
  [`${column}_zh`]: value.zh,
});

/** Escapes a user's text for LIKE … ESCAPE '\'. */
export const likePattern = (query: string): string => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
