// Validates a raw request against the contract, runs its handler, and turns every failure into a
// translated AppError. Used identically by Electron IPC, the browser-mode server, the CLI and tests.
import type { z } from 'zod';
import { contract, type ChannelName, type ChannelResult } from '../shared/contract/channels';
import type { AppError, FieldIssue, Result } from '../shared/contract/result';
import { classifySqliteError, StoreError } from '../store/store-errors';
import type { Handlers } from './handlers';
import { ServiceError } from './service-error';

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
): Promise<Result<ChannelResult<ChannelName>>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'unknown_channel', messageKey: 'errors:unknown_channel' } };
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value as ChannelResult<ChannelName> };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

export function validationError(error: z.ZodError): AppError {
  const issues: FieldIssue[] = error.issues.map((issue) => {
    const path = issue.path.join('.');
    const params: Record<string, string | number> = {};
    if ('maximum' in issue && typeof issue.maximum !== 'bigint') params.max = Number(issue.maximum);
    if ('minimum' in issue && typeof issue.minimum !== 'bigint') params.min = Number(issue.minimum);
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    return { path, messageKey: `errors:field.${fieldMessage(issue)}`, params };
  });
  return { code: 'validation', messageKey: 'errors:validation', details: { issues } };
}

const CUSTOM_MESSAGES = new Set([
  'date',
  'time',
  'time_zone',
  'email',
  'country',
  'required_one_language',
  'workspace_name',
]);

function fieldMessage(issue: z.core.$ZodIssue): string {
  if (issue.message && CUSTOM_MESSAGES.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'required' : 'too_small';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'invalid_value':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_format':
      return issue.format === 'email' ? 'email' : 'invalid_format';
    default:
      return 'invalid';
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof ServiceError) {
    return { code: error.code, messageKey: error.messageKey, details: error.details };
  }
  const storeError = error instanceof StoreError ? error : classifySqliteError(error);
  if (storeError) {
    return { code: 'storage', messageKey: `errors:storage.${storeError.code}`, details: storeError.details };
  }
  const sqliteCode = (error as { code?: string } | null)?.code ?? '';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'constraint', messageKey: 'errors:constraint', details: { reason: sqliteCode } };
  }
  console.error('[svp] unexpected error', error);
  return { code: 'internal', messageKey: 'errors:internal' };
}
