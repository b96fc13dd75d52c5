// Participant lists (参会人员名单) as CSV and XLSX: delegation order then precedence, bilingual headers,
// formula-like cells neutralised, and both files reading back to the same data.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../src-main/shared/contract/entities';
import { readXlsxRows, seedExchangeVisit } from '../helpers/exchange';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
let seed: Awaited<ReturnType<typeof seedExchangeVisit>>;
beforeEach(async () => {
  app = tempApp();
  seed = await seedExchangeVisit(app);
});
afterEach(() => app.dispose());

const HEADERS = [
  'No. / 序号',
  'Delegation / 代表团',
  'English name / 英文姓名',
  'Chinese name / 中文姓名',
  'Role / 角色',
  'Title (English) / 职务（英文）',
  'Title (Chinese) / 职务（中文）',
  'Organisation (English) / 单位（英文）',
  'Organisation (Chinese) / 单位（中文）',
  'Email / 电子邮件',
  'Phone / 电话',
  'Dietary requirements (English) / 饮食要求（英文）',
  'Dietary requirements (Chinese) / 饮食要求（中文）',
];

/** What the file must say, straight from the stored members: formula-like cells with an apostrophe. */
function expectedRows(members: Member[], delegationNames: Record<string, string>): string[][] {
  const roles: Record<string, string> = { head: 'Head of delegation / 团长', member: 'Member / 团员' };
  const guard = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  return members.map((m, i) =>
    [
      String(i + 1),
      delegationNames[m.delegationId],
      m.nameLatin,
      m.nameZh,
      roles[m.role],
      m.title.en,
      m.title.zh,
      m.organisation.en,
      m.organisation.zh,
      m.email,
      m.phone,
      m.dietary.en,
      m.dietary.zh,
    ].map(guard),
  );
}

const readCsv = (path: string) => {
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads the Chinese right
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('\r\n');
  return Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false }).data;
};

describe('export.participants', () => {
  it('writes the whole visit in delegation order, then precedence, in CSV and XLSX', async () => {
    const members = await must(app, 'members.list', { delegationId: seed.european.id });
    const others = await must(app, 'members.list', { delegationId: seed.chinese.id });
    const names = {
      [seed.european.id]: 'European delegation / 欧洲代表团',
      [seed.chinese.id]: 'Chinese delegation / 中国代表团',
    };
    const expected = [HEADERS, ...expectedRows([...members, ...others], names)];

    const csv = await must(app, 'export.participants', { visitId: seed.visit.id, format: 'csv' });
    expect(csv.rows).toBe(3);
    expect(dirname(csv.path)).toBe(app.exportsDir);
    expect(csv.fileName).toMatch(/^eu-china-study-visit-2023-participants-r\d+\.csv$/);
    expect(readCsv(csv.path)).toEqual(expected);

    const xlsx = await must(app, 'export.participants', { visitId: seed.visit.id, format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(await readXlsxRows(readFileSync(xlsx.path))).toEqual(expected);

    // The formula-like cells, spelled out.
    const row = expected[2];
    expect(row[2]).toBe(`'=cmd|"/C calc"!A0`);
    expect(row[5]).toBe(`'@risk officer`);
    expect(expected[1][10]).toBe(`'+39 06 1234 5678`);
    expect(expected[3][10]).toBe(`'-86 10 5555`);
    expect(expected[3][3]).toBe('𠮷田太郎');
  });

  it('writes one delegation, and never replaces an earlier export', async () => {
    const first = await must(app, 'export.participants', {
      visitId: seed.visit.id,
      delegationId: seed.chinese.id,
      format: 'csv',
    });
    const second = await must(app, 'export.participants', {
      visitId: seed.visit.id,
      delegationId: seed.chinese.id,
      format: 'csv',
    });
    expect(first.fileName).toMatch(/-chinese-delegation-participants-r\d+\.csv$/);
    expect(second.fileName).toBe(first.fileName.replace(/\.csv$/, '-2.csv'));
    const rows = readCsv(first.path);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(1, 4)).toEqual(['Chinese delegation / 中国代表团', 'Yoshida Taro', '𠮷田太郎']);
  });

  it('reads back through the member import to the same members', async () => {
    const originals = [
      ...(await must(app, 'members.list', { delegationId: seed.european.id })),
      ...(await must(app, 'members.list', { delegationId: seed.chinese.id })),
    ];
    for (const format of ['csv', 'xlsx'] as const) {
      const written = await must(app, 'export.participants', { visitId: seed.visit.id, format });
      const target = await must(app, 'delegations.create', {
        visitId: seed.visit.id,
        name: { en: `Copy ${format}`, zh: '副本' },
        homeTimeZone: 'Asia/Shanghai',
      });
      const result = await must(app, 'import.membersCommit', {
        delegationId: target.id,
        fileName: written.fileName,
        contentBase64: readFileSync(written.path).toString('base64'),
      });
      expect(result).toMatchObject({ added: 3, rejected: 0 });
      const copies = await must(app, 'members.list', { delegationId: target.id });
      const strip = (m: Member) => ({ ...m, id: '', delegationId: '', precedence: 0, notes: { en: '', zh: '' } });
      expect(copies.map(strip)).toEqual(originals.map(strip));
    }
  });

  it('reports an unknown visit or delegation as not found', async () => {
    const visit = await app.call('export.participants', { visitId: 'nope', format: 'csv' });
    expect(visit.ok || visit.error).toMatchObject({ code: 'not_found', details: { entity: 'visit' } });
    const other = await must(app, 'visits.create', { title: { en: 'Other', zh: '其他' } });
    const foreign = await app.call('export.participants', {
      visitId: other.id,
      delegationId: seed.european.id,
      format: 'xlsx',
    });
    expect(foreign.ok || foreign.error).toMatchObject({ code: 'not_found', details: { entity: 'delegation' } });
  });
});
