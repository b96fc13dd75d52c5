// The participant list (参会人员名单) of a visit or one delegation: delegations in their order, members
// in precedence order, every header in both languages ("English name / 英文姓名"). The headers are
// also ones the member import recognises, so a list exported here can be imported again.
import en from '../../locales/en/exchange.json';
import zh from '../../locales/zh-CN/exchange.json';
import domainEn from '../../locales/en/domain.json';
import domainZh from '../../locales/zh-CN/domain.json';
import type { Bilingual, Delegation, Member } from '../shared/contract/entities';
import type { Table } from './spreadsheet-write';

const COLUMNS = [
  'number',
  'delegation',
  'nameLatin',
  'nameZh',
  'role',
  'titleEn',
  'titleZh',
  'organisationEn',
  'organisationZh',
  'email',
  'phone',
  'dietaryEn',
  'dietaryZh',
] as const;
type Column = (typeof COLUMNS)[number];

const WIDTHS: Record<Column, number> = {
  number: 8,
  delegation: 30,
  nameLatin: 24,
  nameZh: 16,
  role: 24,
  titleEn: 30,
  titleZh: 20,
  organisationEn: 34,
  organisationZh: 24,
  email: 30,
  phone: 18,
  dietaryEn: 24,
  dietaryZh: 18,
};

/** "English / 中文", or the one that is filled in. */
export const bothLanguages = (text: Bilingual): string =>
  text.en && text.zh && text.en !== text.zh ? `${text.en} / ${text.zh}` : text.en || text.zh;

export const participantHeaders = (): string[] =>
  COLUMNS.map((c) => `${en.participants.columns[c]} / ${zh.participants.columns[c]}`);

export const PARTICIPANT_SHEET_NAME = `${en.participants.sheet} ${zh.participants.sheet}`;

/** `members` already in delegation order, then precedence (members repo `listByVisit`). */
export function participantTable(delegations: readonly Delegation[], members: readonly Member[]): Table {
  const delegationName = new Map(delegations.map((d) => [d.id, bothLanguages(d.name)]));
  const rows = members.map((m, i): string[] => {
    const values: Record<Column, string> = {
      number: String(i + 1),
      delegation: delegationName.get(m.delegationId) ?? '',
      nameLatin: m.nameLatin,
      nameZh: m.nameZh,
      role: bothLanguages({ en: domainEn.memberRole[m.role], zh: domainZh.memberRole[m.role] }),
      titleEn: m.title.en,
      titleZh: m.title.zh,
      organisationEn: m.organisation.en,
      organisationZh: m.organisation.zh,
      email: m.email,
      phone: m.phone,
      dietaryEn: m.dietary.en,
      dietaryZh: m.dietary.zh,
    };
    return COLUMNS.map((c) => values[c]);
  });
  return { headers: participantHeaders(), rows, widths: COLUMNS.map((c) => WIDTHS[c]) };
}
