import type { Database } from 'better-sqlite3';
import type { ItineraryItem } from '../../shared/contract/entities';
import type { OtherVisitItem } from '../../shared/domain/conflict-rules';
import type { ItemKind, TransportMode } from '../../shared/domain/vocabulary';
import { bilingual, bilingualParams, type Row, statementCache } from './columns';

const SELECT = `SELECT i.* FROM items i`;
/** Attendee rows for the items a query selects, joined on the same WHERE clause. */
const SELECT_ATTENDEES = `SELECT a.item_id, a.delegation_id, a.member_id FROM item_attendees a
  JOIN items i ON i.id = a.item_id`;

type Attendees = NonNullable<ItineraryItem['attendees']>;

const toItem = (row: Row, attendees: Map<string, Attendees>): ItineraryItem => ({
  id: String(row.id),
  visitId: String(row.visit_id),
  legId: String(row.leg_id),
  date: String(row.date),
  startTime: String(row.start_time),
  endTime: String(row.end_time),
  endsNextDay: row.ends_next_day === 1,
  kind: row.kind as ItemKind,
  title: bilingual(row, 'title'),
  description: bilingual(row, 'description'),
  siteId: (row.site_id as string | null) ?? null,
  hosts: bilingual(row, 'hosts'),
  attendees: row.attend_all === 1 ? null : (attendees.get(String(row.id)) ?? { delegationIds: [], memberIds: [] }),
  transportMode: (row.transport_mode as TransportMode | null) ?? null,
  dressCode: bilingual(row, 'dress_code'),
  notes: bilingual(row, 'notes'),
});

const params = (item: ItineraryItem): Row => ({
  id: item.id,
  visit_id: item.visitId,
  leg_id: item.legId,
  date: item.date,
  start_time: item.startTime,
  end_time: item.endTime,
  ends_next_day: item.endsNextDay ? 1 : 0,
  kind: item.kind,
  ...bilingualParams('title', item.title),
  ...bilingualParams('description', item.description),
  site_id: item.siteId,
  ...bilingualParams('hosts', item.hosts),
  attend_all: item.attendees === null ? 1 : 0,
  transport_mode: item.transportMode,
  ...bilingualParams('dress_code', item.dressCode),
  ...bilingualParams('notes', item.notes),
});

const OTHER_COLUMNS = `o.id, o.visit_id, o.leg_id, o.date, o.start_time, o.end_time, o.ends_next_day, o.site_id,
  l.time_zone`;

const toOtherVisitItem = (row: Row): OtherVisitItem => ({
  id: String(row.id),
  visitId: String(row.visit_id),
  legId: String(row.leg_id),
  date: String(row.date),
  startTime: String(row.start_time),
  endTime: String(row.end_time),
  endsNextDay: row.ends_next_day === 1,
  siteId: String(row.site_id),
  timeZone: String(row.time_zone),
});

export const itemsRepo = (db: Database) => {
  const prepare = statementCache(db);
  const replaceAttendees = (item: ItineraryItem) => {
    prepare('DELETE FROM item_attendees WHERE item_id = ?').run(item.id);
    if (!item.attendees) return;
    const insert = prepare('INSERT INTO item_attendees (item_id, delegation_id, member_id) VALUES (?, ?, ?)');
    for (const id of new Set(item.attendees.delegationIds)) insert.run(item.id, id, null);
    for (const id of new Set(item.attendees.memberIds)) insert.run(item.id, null, id);
  };
  /** Items matching `where` (with the attendees of those not attended by all), in `order`. */
  const select = (where: string, order: string, ...args: unknown[]): ItineraryItem[] => {
    const rows = prepare(`${SELECT} WHERE ${where} ${order}`).all(...args) as Row[];
    const attendees = new Map<string, Attendees>();
    if (rows.some((row) => row.attend_all !== 1)) {
      for (const a of prepare(`${SELECT_ATTENDEES} WHERE ${where}`).all(...args) as Row[]) {
        const entry = attendees.get(String(a.item_id)) ?? { delegationIds: [], memberIds: [] };
        if (a.delegation_id) entry.delegationIds.push(String(a.delegation_id));
        if (a.member_id) entry.memberIds.push(String(a.member_id));
        attendees.set(String(a.item_id), entry);
      }
    }
    return rows.map((row) => toItem(row, attendees));
  };
  return {
    listByVisit(visitId: string): ItineraryItem[] {
      return select('i.visit_id = ?', 'ORDER BY i.date, i.start_time, i.end_time', visitId);
    },
    listByVisitDate(visitId: string, date: string): ItineraryItem[] {
      return select('i.visit_id = ? AND i.date = ?', 'ORDER BY i.start_time, i.end_time', visitId, date);
    },
    /**
     * Other visits' items at the same sites as this visit's items, within two days of them (enough
     * for any overlap, whatever the two legs' time zones), with their legs' time zones.
     */
    atSameSitesElsewhere(visitId: string): OtherVisitItem[] {
      const rows = prepare(
        `SELECT DISTINCT ${OTHER_COLUMNS} FROM items i
         JOIN items o ON o.site_id = i.site_id AND o.date BETWEEN date(i.date, '-2 days') AND date(i.date, '+2 days')
         JOIN legs l ON l.id = o.leg_id
         WHERE i.visit_id = ? AND i.site_id IS NOT NULL AND o.visit_id <> i.visit_id`,
      ).all(visitId) as Row[];
      return rows.map(toOtherVisitItem);
    },
    /** Other visits' items at one site within two days of a date (see atSameSitesElsewhere). */
    atSiteElsewhere(visitId: string, siteId: string, date: string): OtherVisitItem[] {
      const rows = prepare(
        `SELECT ${OTHER_COLUMNS} FROM items o JOIN legs l ON l.id = o.leg_id
         WHERE o.site_id = ? AND o.visit_id <> ? AND o.date BETWEEN date(?, '-2 days') AND date(?, '+2 days')`,
      ).all(siteId, visitId, date, date) as Row[];
      return rows.map(toOtherVisitItem);
    },
    /** The items with these ids that exist (any visit), with their legs' time zones. */
    getMany(ids: string[]): Array<ItineraryItem & { timeZone: string }> {
      const items = select('i.id IN (SELECT value FROM json_each(?))', '', JSON.stringify(ids));
      const zones = prepare(`SELECT time_zone FROM legs WHERE id = ?`).pluck();
      return items.map((item) => ({ ...item, timeZone: String(zones.get(item.legId)) }));
    },
    /** Where a site is used: every item at it, in every visit. */
    usesOfSite(siteId: string) {
      const rows = db
        .prepare(
          `SELECT i.id, i.visit_id, i.date, i.start_time, i.title_en, i.title_zh,
                  v.title_en AS visit_title_en, v.title_zh AS visit_title_zh
           FROM items i JOIN visits v ON v.id = i.visit_id
           WHERE i.site_id = ? ORDER BY i.date, i.start_time`,
        )
        .all(siteId) as Row[];
      return rows.map((row) => ({
        itemId: String(row.id),
        visitId: String(row.visit_id),
        visitTitle: bilingual(row, 'visit_title'),
        date: String(row.date),
        startTime: String(row.start_time),
        title: bilingual(row, 'title'),
      }));
    },
    shiftDates(where: { visitId?: string; legId?: string }, days: number): void {
      const column = where.legId ? 'leg_id' : 'visit_id';
      prepare(`UPDATE items SET date = date(date, ? || ' days') WHERE ${column} = ?`).run(
        String(days),
        where.legId ?? where.visitId,
      );
    },
    get(id: string): ItineraryItem | undefined {
      return select('i.id = ?', '', id)[0];
    },
    insert(item: ItineraryItem): void {
      prepare(
        `INSERT INTO items (id, visit_id, leg_id, date, start_time, end_time, ends_next_day, kind, title_en, title_zh,
           description_en, description_zh, site_id, hosts_en, hosts_zh, attend_all, transport_mode, dress_code_en,
           dress_code_zh, notes_en, notes_zh)
         VALUES (@id, @visit_id, @leg_id, @date, @start_time, @end_time, @ends_next_day, @kind, @title_en, @title_zh,
           @description_en, @description_zh, @site_id, @hosts_en, @hosts_zh, @attend_all, @transport_mode,
           @dress_code_en, @dress_code_zh, @notes_en, @notes_zh)`,
      ).run(params(item));
      replaceAttendees(item);
    },
    update(item: ItineraryItem): void {
      prepare(
        `UPDATE items SET leg_id = @leg_id, date = @date, start_time = @start_time, end_time = @end_time,
           ends_next_day = @ends_next_day, kind = @kind, title_en = @title_en, title_zh = @title_zh,
           description_en = @description_en, description_zh = @description_zh, site_id = @site_id,
           hosts_en = @hosts_en, hosts_zh = @hosts_zh, attend_all = @attend_all, transport_mode = @transport_mode,
           dress_code_en = @dress_code_en, dress_code_zh = @dress_code_zh, notes_en = @notes_en, notes_zh = @notes_zh
         WHERE id = @id`,
      ).run(params(item));
      replaceAttendees(item);
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM items WHERE id = ?').run(id).changes > 0;
    },
  };
};
