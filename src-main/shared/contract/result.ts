// Every channel answers with a Result; failures carry a translation key, never a stack trace.

export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'constraint',
  'storage',
  'unknown_channel',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  /** Translation key under errors:field.* describing what is wrong with the field. */
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  /** i18next key in the errors namespace, e.g. "errors:validation". */
  messageKey: string;
  details?: { issues?: FieldIssue[]; entity?: string; id?: string; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
