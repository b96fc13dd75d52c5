// The ordered registry of schema migrations. Append only: a released migration never changes.
import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as reviewFlags } from './002-review-flags';
import { up as search } from './003-search';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'review-flags', up: reviewFlags },
  { version: 3, name: 'search', up: search },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
