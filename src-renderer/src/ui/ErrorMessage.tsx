import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../src-main/shared/contract/result';
import { ApiError } from '../api/client';

export function asAppError(error: unknown): AppError | null {
  if (!error) return null;
  if (error instanceof ApiError) return error.error;
  return { code: 'internal', messageKey: 'errors:internal' };
}

/** Shows a failure in the active language: the message and, for bad input, what is wrong with each field. */
export function ErrorMessage({ error, fieldLabels = {} }: { error: unknown; fieldLabels?: Record<string, string> }) {
  const { t } = useTranslation('errors');
  const appError = asAppError(error);
  if (!appError) return null;
  const issues = appError.details?.issues ?? [];
  const entity = typeof appError.details?.entity === 'string' ? appError.details.entity : undefined;
  return (
    <div className="error-message" role="alert">
      <p>
        {t(appError.messageKey, { ...appError.details, entity: entity ? t(`errors:entity.${entity}`) : undefined })}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              {fieldLabels[issue.path] ?? fieldLabels[issue.path.split('.')[0]] ?? issue.path}
              {': '}
              {t(issue.messageKey, issue.params)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
