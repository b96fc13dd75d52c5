// Typed failures of opening a workspace file; services map them to translated messages.

export class StoreError extends Error {
  constructor(
    readonly code: 'future_schema' | 'corrupt' | 'read_only' | 'disk_full' | 'not_a_database',
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps a better-sqlite3 error to a StoreError when it means something a user can act on. */
export function classifySqliteError(error: unknown): StoreError | null {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_FULL') return new StoreError('disk_full', 'The disk is full');
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === 'SQLITE_CANTOPEN')
    return new StoreError('read_only', 'The workspace file cannot be written');
  if (code === 'SQLITE_NOTADB') return new StoreError('not_a_database', 'The file is not a workspace');
  if (code === 'SQLITE_CORRUPT') return new StoreError('corrupt', 'The workspace file is damaged');
  return null;
}
