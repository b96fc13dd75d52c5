import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { asAppError } from './ErrorMessage';

/**
 * The translated problems the services reported for one field of a failed request. Paths of an update
 * start with "patch."; `field` is matched with or without it, and also covers nested paths
 * ("title" covers "title.en").
 */
export function fieldIssues(t: TFunction, error: unknown, field: string): string[] {
  const appError = asAppError(error);
  const issues = appError?.details?.issues ?? [];
  return issues
    .filter((issue) => {
      const path = issue.path.replace(/^patch\./, '');
      return path === field || path.startsWith(`${field}.`);
    })
    .map((issue) => t(issue.messageKey, issue.params));
}

/** Binds fieldIssues to the active language: `const issues = useFieldIssues(mutation.error); issues('title')`. */
export function useFieldIssues(error: unknown) {
  const { t } = useTranslation('errors');
  return (field: string) => fieldIssues(t, error, field);
}

/** True when the error came with field issues (the form shows them next to the fields). */
export function hasFieldIssues(error: unknown): boolean {
  return (asAppError(error)?.details?.issues?.length ?? 0) > 0;
}

/**
 * The same error without the issues of the fields that show their own messages, for the summary
 * ErrorMessage under a form: issues nobody shows stay in it. When every issue is shown by its field,
 * the summary ("Some fields need attention.") stays only with `keepSummary` (forms with a submit button).
 */
export function withoutIssues(error: unknown, shownFields: string[], keepSummary = false): unknown {
  const appError = asAppError(error);
  if (!appError?.details?.issues) return error;
  const shown = (path: string) => {
    const bare = path.replace(/^patch\./, '');
    return shownFields.some((field) => bare === field || bare.startsWith(`${field}.`));
  };
  const issues = appError.details.issues.filter((issue) => !shown(issue.path));
  if (issues.length === 0 && !keepSummary) return null;
  return new ApiError({ ...appError, details: { ...appError.details, issues } });
}
