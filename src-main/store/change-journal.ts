// Which rows changed since the last look, whoever changed them (a service, an import, undo/redo):
// TEMP triggers note each changed itinerary item, and mark any change to the tables conflict checks
// depend on (legs, delegations, members, sites, places, settings). Commits by another connection
// (the svp CLI on the same file) show up in PRAGMA data_version and count as such a change.
// A rolled-back transaction rolls its notes back with it.
import type { Database } from 'better-sqlite3';

/** Tables whose rows every visit's conflicts may depend on. */
const CONTEXT_TABLES = ['legs', 'delegations', 'delegation_origins', 'members', 'sites', 'places', 'settings'];

export interface JournalChanges {
  /** Items inserted, updated or deleted (directly or through their attendees). */
  itemIds: Set<string>;
  /** Something besides items changed: anything derived from the store must be rebuilt. */
  context: boolean;
}

export interface ChangeJournal {
  /** The changes since the previous call (everything, on the first call), then forgets them. */
  drain(): JournalChanges;
}

export function createChangeJournal(db: Database): ChangeJournal {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS change_journal (seq INTEGER PRIMARY KEY, item_id TEXT)`);
  const note = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', value: string) =>
    `CREATE TEMP TRIGGER IF NOT EXISTS ${table}_journal_${event.toLowerCase()} AFTER ${event} ON main.${table}
     BEGIN INSERT INTO change_journal (item_id) VALUES (${value}); END;`;
  for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const row = event === 'DELETE' ? 'OLD' : 'NEW';
    db.exec(note('items', event, `${row}.id`));
    db.exec(note('item_attendees', event, `${row}.item_id`));
    for (const table of CONTEXT_TABLES) db.exec(note(table, event, 'NULL'));
  }
  const select = db.prepare('SELECT seq, item_id FROM change_journal ORDER BY seq');
  const forget = db.prepare('DELETE FROM change_journal WHERE seq <= ?');
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
  let seenVersion: number | null = null;

  return {
    drain() {
      const rows = select.all() as Array<{ seq: number; item_id: string | null }>;
      if (rows.length > 0) forget.run(rows[rows.length - 1].seq);
      const version = dataVersion();
      const external = seenVersion !== version;
      seenVersion = version;
      return {
        itemIds: new Set(rows.flatMap((row) => (row.item_id === null ? [] : [row.item_id]))),
        context: external || rows.some((row) => row.item_id === null),
      };
    },
  };
}
