import type { ErrorCode } from '../shared/contract/result';

/** A failure the user can understand; carries the translation key the UI shows. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = 'ServiceError';
  }
}

export const notFound = (entity: string, id: string) =>
  new ServiceError('not_found', 'errors:not_found', { entity, id });

export function must<T>(value: T | undefined, entity: string, id: string): T {
  if (value === undefined) throw notFound(entity, id);
  return value;
}
