// Rows of an imported participant list → members, each with a status: new, a duplicate (of an earlier
// row, or of a member the delegation already has), invalid (with translation keys saying why) or blank.
// Pure: the service reads the file and the delegation, and writes the members on commit.
import roleLabelsEn from '../../locales/en/domain.json';
import roleLabelsZh from '../../locales/zh-CN/domain.json';
import type { Bilingual, Member } from '../shared/contract/entities';
import type {
  ImportField,
  ImportedMember,
  ImportPreviewRow,
  ImportRowStatus,
} from '../shared/contract/exchange-schemas';
import { memberFields } from '../shared/contract/schemas';
import { MEMBER_ROLES, type MemberRole } from '../shared/domain/vocabulary';
import { hasChinese } from './member-columns';
import { isBlankRow } from './spreadsheet-read';

/** A cell our own exports neutralised ("'=…", see spreadsheet-write.ts) reads back as it was. */
export const unneutralise = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const ROLE_WORDS: Record<string, MemberRole> = {
  headofdelegation: 'head',
  leader: 'head',
  delegationleader: 'head',
  团长: 'head',
  delegate: 'member',
  代表: 'member',
  成员: 'member',
  团员: 'member',
  translator: 'interpreter',
  翻译: 'interpreter',
  口译: 'interpreter',
  译员: 'interpreter',
  supportstaff: 'staff',
  工作人员: 'staff',
  随行人员: 'staff',
};
for (const role of MEMBER_ROLES) {
  ROLE_WORDS[role] = role;
  for (const labels of [roleLabelsEn, roleLabelsZh]) ROLE_WORDS[compactWord(labels.memberRole[role])] = role;
}

function compactWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** "head", "Head of delegation", "团长", "Head of delegation / 团长" → 'head'; '' → 'member'; unknown → null. */
export function parseRole(text: string): MemberRole | null {
  if (!text.trim()) return 'member';
  for (const part of [text, ...text.split(/[/|]/)]) {
    const role = ROLE_WORDS[compactWord(part)];
    if (role) return role;
  }
  return null;
}

const empty = (): Bilingual => ({ en: '', zh: '' });

type BilingualKey = 'title' | 'organisation' | 'dietary' | 'notes';
const BILINGUAL: Record<string, [BilingualKey, 'en' | 'zh' | null]> = {
  title: ['title', null],
  titleEn: ['title', 'en'],
  titleZh: ['title', 'zh'],
  organisation: ['organisation', null],
  organisationEn: ['organisation', 'en'],
  organisationZh: ['organisation', 'zh'],
  dietary: ['dietary', null],
  dietaryEn: ['dietary', 'en'],
  dietaryZh: ['dietary', 'zh'],
  notes: ['notes', null],
  notesEn: ['notes', 'en'],
  notesZh: ['notes', 'zh'],
};

export interface BuiltRow {
  member: ImportedMember;
  /** Translation keys; empty when the row can be stored. */
  problems: string[];
}

/**
 * One row's member. Columns with a language fill that language; columns without one ("Name", "Title")
 * fill Chinese when the text has Chinese characters and English otherwise, unless a column of that
 * language already did.
 */
export function buildMember(cells: readonly string[], mapping: readonly (ImportField | null)[]): BuiltRow {
  const member: ImportedMember = {
    nameLatin: '',
    nameZh: '',
    title: empty(),
    organisation: empty(),
    role: 'member',
    email: '',
    phone: '',
    dietary: empty(),
    notes: empty(),
  };
  const problems = new Set<string>();
  let roleText = '';
  const automatic: Array<[ImportField, string]> = [];
  mapping.forEach((field, index) => {
    const value = unneutralise((cells[index] ?? '').trim()).trim();
    if (!field || !value) return;
    if (field === 'name' || BILINGUAL[field]?.[1] === null) automatic.push([field, value]);
    else if (field === 'nameLatin') member.nameLatin = value;
    else if (field === 'nameZh') member.nameZh = value;
    else if (field === 'email') member.email = value;
    else if (field === 'phone') member.phone = value;
    else if (field === 'role') roleText = value;
    else {
      const [key, language] = BILINGUAL[field];
      member[key][language!] = value;
    }
  });
  for (const [field, value] of automatic) {
    const chinese = hasChinese(value);
    if (field === 'name') {
      if (chinese && !member.nameZh) member.nameZh = value;
      else if (!chinese && !member.nameLatin) member.nameLatin = value;
    } else {
      const [key] = BILINGUAL[field];
      const language = chinese ? 'zh' : 'en';
      if (!member[key][language]) member[key][language] = value;
    }
  }
  const role = parseRole(roleText);
  if (role) member.role = role;
  else problems.add('errors:import.row.role');
  if (!member.nameLatin && !member.nameZh) problems.add('errors:import.row.name_required');

  // The same rules as members.create, so an imported row is exactly what the form could store.
  const checked = memberFields.safeParse({ delegationId: 'import', ...member });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      if (issue.path[0] === 'email') problems.add('errors:import.row.email');
      else if (issue.code === 'too_big') problems.add('errors:import.row.too_long');
      else problems.add('errors:import.row.invalid');
    }
  }
  return { member, problems: [...problems] };
}

/** "Same name and e-mail": the e-mails are equal (both may be empty) and the Latin or the Chinese names are. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
export function sameMember(a: Pick<Member, 'nameLatin' | 'nameZh' | 'email'>, b: typeof a): boolean {
  if (fold(a.email) !== fold(b.email)) return false;
  const latin = fold(a.nameLatin);
  const zh = fold(a.nameZh).replace(/\s/g, '');
  return (latin !== '' && latin === fold(b.nameLatin)) || (zh !== '' && zh === fold(b.nameZh).replace(/\s/g, ''));
}

/** Every data row of the file (rows[0] is the header), classified against the file and the delegation. */
export function classifyRows(
  rows: readonly string[][],
  mapping: readonly (ImportField | null)[],
  existing: readonly Member[],
): ImportPreviewRow[] {
  const accepted: Array<{ row: number; member: ImportedMember }> = [];
  return rows.slice(1).map((cells, i): ImportPreviewRow => {
    const row = i + 2;
    if (isBlankRow(cells)) return { row, status: 'blank', reasons: [], cells: [...cells], member: null };
    const { member, problems } = buildMember(cells, mapping);
    if (problems.length) return { row, status: 'invalid', reasons: problems, cells: [...cells], member };
    const earlier = accepted.find((a) => sameMember(a.member, member));
    const stored = existing.find((m) => sameMember(m, member));
    accepted.push({ row, member });
    if (earlier) {
      return {
        row,
        status: 'duplicate_in_file',
        reasons: ['errors:import.row.duplicate_in_file'],
        cells: [...cells],
        member,
        duplicateOf: { row: earlier.row },
      };
    }
    if (stored) {
      return {
        row,
        status: 'duplicate_existing',
        reasons: ['errors:import.row.duplicate_existing'],
        cells: [...cells],
        member,
        duplicateOf: { memberId: stored.id },
      };
    }
    return { row, status: 'new', reasons: [], cells: [...cells], member };
  });
}

export function countStatuses(rows: readonly ImportPreviewRow[]): Record<ImportRowStatus, number> {
  const counts: Record<ImportRowStatus, number> = {
    new: 0,
    duplicate_in_file: 0,
    duplicate_existing: 0,
    invalid: 0,
    blank: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
