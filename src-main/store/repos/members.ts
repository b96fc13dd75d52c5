import type { Database } from 'better-sqlite3';
import type { Member } from '../../shared/contract/entities';
import type { MemberRole } from '../../shared/domain/vocabulary';
import { bilingual, bilingualParams, type Row, statementCache } from './columns';

const toMember = (row: Row): Member => ({
  id: String(row.id),
  delegationId: String(row.delegation_id),
  nameLatin: String(row.name_latin),
  nameZh: String(row.name_zh),
  title: bilingual(row, 'title'),
  organisation: bilingual(row, 'organisation'),
  role: row.role as MemberRole,
  precedence: Number(row.precedence),
  email: String(row.email),
  phone: String(row.phone),
  dietary: bilingual(row, 'dietary'),
  notes: bilingual(row, 'notes'),
});

const params = (m: Member): Row => ({
  id: m.id,
  delegation_id: m.delegationId,
  name_latin: m.nameLatin,
  name_zh: m.nameZh,
  ...bilingualParams('title', m.title),
  ...bilingualParams('organisation', m.organisation),
  role: m.role,
  precedence: m.precedence,
  email: m.email,
  phone: m.phone,
  ...bilingualParams('dietary', m.dietary),
  ...bilingualParams('notes', m.notes),
});

const COLUMNS = `id, delegation_id, name_latin, name_zh, title_en, title_zh, organisation_en, organisation_zh, role,
  precedence, email, phone, dietary_en, dietary_zh, notes_en, notes_zh`;

export const membersRepo = (db: Database) => {
  const prepare = statementCache(db);
  return {
    listByDelegation(delegationId: string): Member[] {
      const rows = db
        .prepare('SELECT * FROM members WHERE delegation_id = ? ORDER BY precedence, rowid')
        .all(delegationId);
      return (rows as Row[]).map(toMember);
    },
    listByVisit(visitId: string): Member[] {
      const rows = db
        .prepare(
          `SELECT m.* FROM members m JOIN delegations d ON d.id = m.delegation_id
         WHERE d.visit_id = ? ORDER BY d.position, m.precedence, m.rowid`,
        )
        .all(visitId);
      return (rows as Row[]).map(toMember);
    },
    get(id: string): Member | undefined {
      const row = prepare('SELECT * FROM members WHERE id = ?').get(id) as Row | undefined;
      return row && toMember(row);
    },
    setPrecedence(id: string, precedence: number): void {
      prepare('UPDATE members SET precedence = ? WHERE id = ?').run(precedence, id);
    },
    nextPrecedence(delegationId: string): number {
      const row = db
        .prepare('SELECT coalesce(max(precedence), -1) + 1 AS next FROM members WHERE delegation_id = ?')
        .get(delegationId) as Row;
      return Number(row.next);
    },
    insert(m: Member): void {
      prepare(
        `INSERT INTO members (${COLUMNS}) VALUES (@id, @delegation_id, @name_latin, @name_zh, @title_en, @title_zh,
        @organisation_en, @organisation_zh, @role, @precedence, @email, @phone, @dietary_en, @dietary_zh,
        @notes_en, @notes_zh)`,
      ).run(params(m));
    },
    update(m: Member): void {
      prepare(
        `UPDATE members SET delegation_id = @delegation_id, name_latin = @name_latin, name_zh = @name_zh,
        title_en = @title_en, title_zh = @title_zh, organisation_en = @organisation_en,
        organisation_zh = @organisation_zh, role = @role, precedence = @precedence, email = @email, phone = @phone,
        dietary_en = @dietary_en, dietary_zh = @dietary_zh, notes_en = @notes_en, notes_zh = @notes_zh
       WHERE id = @id`,
      ).run(params(m));
    },
    delete(id: string): boolean {
      return prepare('DELETE FROM members WHERE id = ?').run(id).changes > 0;
    },
  };
};
