import type { Database } from 'better-sqlite3';

const COUNTED_TABLES = ['visits', 'legs', 'delegations', 'members', 'places', 'sites', 'items'] as const;

export const healthRepo = (db: Database) => ({
  integrity(): string {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  },
  counts(): Record<string, number> {
    return Object.fromEntries(
      COUNTED_TABLES.map((table) => [
        table,
        (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );
  },
});
