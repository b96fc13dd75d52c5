// Importing members (团员) into a delegation from CSV files in every encoding Excel and others write,
// and from XLSX workbooks: column detection, statuses, exact stored values, one transaction, the CLI,
// and XLSX archives that would inflate far beyond their size (zip bombs).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openDataDir } from '../../src-main/services';
import { readXlsx } from '../../src-main/exchange/xlsx-read';
import { XLSX_LIMITS } from '../../src-main/exchange/xlsx-guard';
import { fieldForHeader } from '../../src-main/exchange/member-columns';
import type { Member } from '../../src-main/shared/contract/entities';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../src-main/shared/contract/exchange-schemas';
import { encodeText, xlsxBuffer, zipArchive } from '../helpers/exchange';
import { must, tempApp, tempDir } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
let visitId: string;
beforeEach(async () => {
  app = tempApp();
  visitId = (await must(app, 'visits.create', { title: { en: 'Study visit', zh: '考察访问' } })).id;
});
afterEach(() => app.dispose());

/** A delegation that already has Maria Rossi. */
async function delegation(name = 'European delegation') {
  const d = await must(app, 'delegations.create', {
    visitId,
    name: { en: name, zh: '欧洲代表团' },
    homeTimeZone: 'Europe/Brussels',
  });
  await must(app, 'members.create', {
    delegationId: d.id,
    nameLatin: 'Maria Rossi',
    email: 'maria@example.it',
  });
  return d.id;
}

// Quoted commas, a doubled quote, formula-like cells, a blank row, duplicates and bad rows.
const CSV = [
  'Name / 姓名,English name,Title / 职务,Organisation,E-mail,Phone,Dietary requirements,Role,Notes',
  '张伟,Zhang Wei,市长,"北京市人民政府, 办公厅",zhang.wei@example.cn,+86 10 1234 5678,清真,团长,=SUM(A1:A2)',
  '𠮷田太郎,Yoshida Taro,"Director, Urban Planning","Lazio Region, Rome",taro@example.jp,@home,vegetarian,Member,"He said ""hello"", twice"',
  ',,,,,,,,',
  'Maria Rossi,,Mayor,Comune di Roma,maria@example.it,,,interpreter,-not a formula',
  '张伟,Zhang Wei,市长,,ZHANG.WEI@example.cn,,,,',
  ',,Adviser,,nobody@example.eu,,,,',
  '李娜,Li Na,,,not-an-email,,,,',
  '王芳,Wang Fang,,,,,,Chef,',
  '',
].join('\r\n');

const EXPECTED_NEW: Array<Omit<Member, 'id' | 'delegationId'>> = [
  {
    nameLatin: 'Zhang Wei',
    nameZh: '张伟',
    title: { en: '', zh: '市长' },
    organisation: { en: '', zh: '北京市人民政府, 办公厅' },
    role: 'head',
    precedence: 1,
    email: 'zhang.wei@example.cn',
    phone: '+86 10 1234 5678',
    dietary: { en: '', zh: '清真' },
    notes: { en: '=SUM(A1:A2)', zh: '' },
  },
  {
    nameLatin: 'Yoshida Taro',
    nameZh: '𠮷田太郎',
    title: { en: 'Director, Urban Planning', zh: '' },
    organisation: { en: 'Lazio Region, Rome', zh: '' },
    role: 'member',
    precedence: 2,
    email: 'taro@example.jp',
    phone: '@home',
    dietary: { en: 'vegetarian', zh: '' },
    notes: { en: 'He said "hello", twice', zh: '' },
  },
];

const base64 = (bytes: Buffer) => bytes.toString('base64');
const stored = async (delegationId: string) =>
  (await must(app, 'members.list', { delegationId })).filter((m) => m.nameLatin !== 'Maria Rossi');
const withoutIds = (members: Member[]) => members.map(({ id: _id, delegationId: _d, ...rest }) => rest);

describe('column detection', () => {
  it.each([
    ['Name', 'name'],
    ['姓名', 'name'],
    ['Name / 姓名', 'name'],
    ['English name', 'nameLatin'],
    ['英文姓名', 'nameLatin'],
    ['Chinese name', 'nameZh'],
    ['中文姓名', 'nameZh'],
    ['Name (Chinese)', 'nameZh'],
    ['Title', 'title'],
    ['职务', 'title'],
    ['Title (English) / 职务（英文）', 'titleEn'],
    ['Organisation', 'organisation'],
    ['Organization', 'organisation'],
    ['单位', 'organisation'],
    ['单位（中文）', 'organisationZh'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['邮箱', 'email'],
    ['电子邮件', 'email'],
    ['Phone', 'phone'],
    ['电话', 'phone'],
    ['Dietary', 'dietary'],
    ['饮食要求', 'dietary'],
    ['Role', 'role'],
    ['角色', 'role'],
    ['Notes', 'notes'],
    ['备注', 'notes'],
    ['No. / 序号', null],
    ['Delegation / 代表团', null],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });
});

describe('import.membersPreview', () => {
  it.each(TEXT_ENCODINGS)('reads a %s file exactly and writes nothing', async (encoding) => {
    const delegationId = await delegation();
    const before = await must(app, 'app.check', {});
    const preview = await must(app, 'import.membersPreview', {
      delegationId,
      fileName: `members-${encoding}.csv`,
      contentBase64: base64(encodeText(CSV, encoding)),
    });
    expect(preview.format).toBe('csv');
    expect(preview.encoding).toBe(encoding);
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'nameLatin',
      'title',
      'organisation',
      'email',
      'phone',
      'dietary',
      'role',
      'notes',
    ]);
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'blank'],
      [5, 'duplicate_existing'],
      [6, 'duplicate_in_file'],
      [7, 'invalid'],
      [8, 'invalid'],
      [9, 'invalid'],
    ]);
    expect(preview.counts).toEqual({ new: 2, duplicate_in_file: 1, duplicate_existing: 1, invalid: 3, blank: 1 });
    expect(preview.rows[1].cells[0]).toBe('𠮷田太郎');
    expect(preview.rows[3].duplicateOf?.memberId).toBeTruthy();
    expect(preview.rows[4].duplicateOf).toEqual({ row: 2 });
    expect(preview.rows.slice(5).map((r) => r.reasons)).toEqual([
      ['errors:import.row.name_required'],
      ['errors:import.row.email'],
      ['errors:import.row.role'],
    ]);
    expect((await must(app, 'app.check', {})).counts).toEqual(before.counts);
  });

  it('reads tab-separated UTF-16 text, as Excel saves "Unicode text"', async () => {
    const delegationId = await delegation();
    const text = CSV.split('\r\n')
      .slice(0, 3)
      .map((line) => line.replace(/"[^"]*(""[^"]*)*"|,/g, (m) => (m === ',' ? '\t' : m)))
      .join('\r\n');
    const preview = await must(app, 'import.membersPreview', {
      delegationId,
      fileName: 'members.txt',
      contentBase64: base64(encodeText(text, 'utf-16le')),
    });
    expect(preview.rows.map((r) => r.member?.nameZh)).toEqual(['张伟', '𠮷田太郎']);
    expect(preview.rows[0].member?.organisation.zh).toBe('北京市人民政府, 办公厅');
  });
});

describe('import.membersCommit', () => {
  it.each(TEXT_ENCODINGS)('stores the rows of a %s file exactly, in one transaction', async (encoding) => {
    const delegationId = await delegation();
    const result = await must(app, 'import.membersCommit', {
      delegationId,
      fileName: 'members.csv',
      contentBase64: base64(encodeText(CSV, encoding)),
    });
    expect(result).toMatchObject({ added: 2, skipped: 2, rejected: 3, blank: 1 });
    expect(result.reasons).toEqual([
      { row: 5, outcome: 'skipped', reasons: ['errors:import.row.duplicate_existing'] },
      { row: 6, outcome: 'skipped', reasons: ['errors:import.row.duplicate_in_file'] },
      { row: 7, outcome: 'rejected', reasons: ['errors:import.row.name_required'] },
      { row: 8, outcome: 'rejected', reasons: ['errors:import.row.email'] },
      { row: 9, outcome: 'rejected', reasons: ['errors:import.row.role'] },
    ]);
    const members = await stored(delegationId);
    expect(members.map((m) => m.id)).toEqual(result.memberIds);
    expect(withoutIds(members)).toEqual(EXPECTED_NEW);

    // One undo step takes the whole import back.
    expect((await must(app, 'history.state', {})).undoLabel).toBe('import.membersCommit');
    await must(app, 'history.undo', {});
    expect(await stored(delegationId)).toEqual([]);
  });

  it('adds duplicates too when asked to keep them', async () => {
    const delegationId = await delegation();
    const result = await must(app, 'import.membersCommit', {
      delegationId,
      fileName: 'members.csv',
      contentBase64: base64(encodeText(CSV, 'utf-8')),
      onDuplicate: 'keep',
    });
    expect(result).toMatchObject({ added: 4, skipped: 0, rejected: 3, blank: 1 });
    expect((await must(app, 'members.list', { delegationId })).map((m) => m.nameLatin)).toEqual([
      'Maria Rossi',
      'Zhang Wei',
      'Yoshida Taro',
      'Maria Rossi',
      'Zhang Wei',
    ]);
  });

  it('takes the mapping the user adjusted', async () => {
    const delegationId = await delegation();
    const file = { delegationId, fileName: 'members.csv', contentBase64: base64(encodeText(CSV, 'utf-8')) };
    const { columns } = await must(app, 'import.membersPreview', file);
    const mapping = columns.map((c) => c.field);
    mapping[2] = 'titleEn'; // "Title / 职务" holds English titles, whatever the script
    mapping[8] = null; // leave the notes out
    // The preview follows the adjusted mapping before anything is imported…
    const previewed = await must(app, 'import.membersPreview', { ...file, mapping });
    expect(previewed.columns.map((c) => c.field)).toEqual(mapping);
    expect(previewed.rows[0].member?.title).toEqual({ en: '市长', zh: '' });
    expect(previewed.rows[0].member?.notes).toEqual({ en: '', zh: '' });
    // …and a column left out changes what a row becomes: 李娜's bad e-mail no longer makes it invalid.
    expect(previewed.rows.find((r) => r.row === 8)?.status).toBe('invalid');
    const withoutEmail = mapping.map((field) => (field === 'email' ? null : field));
    const noEmail = await must(app, 'import.membersPreview', { ...file, mapping: withoutEmail });
    expect(noEmail.rows.find((r) => r.row === 8)?.status).toBe('new');
    const namelessPreview = await app.call('import.membersPreview', { ...file, mapping: mapping.map(() => null) });
    expect(namelessPreview.ok || namelessPreview.error.messageKey).toBe('errors:import.no_name_column');
    await must(app, 'import.membersCommit', { ...file, mapping });
    const [zhang] = await stored(delegationId);
    expect(zhang.title).toEqual({ en: '市长', zh: '' });
    expect(zhang.notes).toEqual({ en: '', zh: '' });

    const short = await app.call('import.membersCommit', { ...file, mapping: mapping.slice(1) });
    expect(short.ok || short.error.messageKey).toBe('errors:import.mapping_mismatch');
    const twice = await app.call('import.membersCommit', { ...file, mapping: mapping.map(() => 'email' as const) });
    expect(twice.ok || twice.error.messageKey).toBe('errors:import.mapping_duplicate');
    const nameless = await app.call('import.membersCommit', { ...file, mapping: mapping.map(() => null) });
    expect(nameless.ok || nameless.error.messageKey).toBe('errors:import.no_name_column');
  });

  it('imports an XLSX workbook: formulas as their results, rich text, numbers, blank rows', async () => {
    const delegationId = await delegation();
    const workbook = await xlsxBuffer([
      ['姓名', 'English name', '职务', '单位', '邮箱', '电话', '饮食要求', '角色', '备注'],
      [
        '张伟',
        'Zhang Wei',
        '市长',
        '北京市人民政府, 办公厅',
        'zhang.wei@example.cn',
        '+86 10 1234 5678',
        '清真',
        '团长',
        '=SUM(A1:A2)',
      ],
      [
        { richText: [{ text: '𠮷田' }, { font: { bold: true }, text: '太郎' }] },
        'Yoshida Taro',
        'Director, Urban Planning',
        'Lazio Region, Rome',
        { text: 'taro@example.jp', hyperlink: 'mailto:taro@example.jp' },
        8613800138000,
        'vegetarian',
        'Member',
        { formula: 'CONCATENATE("He said ""hello"", ","twice")', result: 'He said "hello", twice' },
      ],
      [],
      ['Maria Rossi', '', 'Mayor', 'Comune di Roma', 'maria@example.it', '', '', 'interpreter', ''],
      ['', '', 'Adviser', '', 'nobody@example.eu'],
    ]);
    const file = { delegationId, fileName: 'members.xlsx', contentBase64: base64(workbook) };
    const preview = await must(app, 'import.membersPreview', file);
    expect(preview).toMatchObject({ format: 'xlsx', encoding: null });
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'new', 'blank', 'duplicate_existing', 'invalid']);
    const result = await must(app, 'import.membersCommit', file);
    expect(result).toMatchObject({ added: 2, skipped: 1, rejected: 1, blank: 1 });
    expect(withoutIds(await stored(delegationId))).toEqual([
      EXPECTED_NEW[0],
      { ...EXPECTED_NEW[1], phone: '8613800138000' },
    ]);
  });

  it('answers files it cannot read with translated errors and writes nothing', async () => {
    const delegationId = await delegation();
    const before = await must(app, 'app.check', {});
    const attempt = async (fileName: string, bytes: Buffer) => {
      const result = await app.call('import.membersCommit', { delegationId, fileName, contentBase64: base64(bytes) });
      return result.ok ? 'ok' : result.error.messageKey;
    };
    expect(await attempt('members.xlsx', Buffer.from('not a workbook'))).toBe('errors:import.unreadable_file');
    expect(await attempt('members.xlsx', Buffer.from('PK\u0003\u0004 truncated'))).toBe(
      'errors:import.unreadable_file',
    );
    expect(await attempt('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      'errors:import.unsupported_format',
    );
    expect(await attempt('empty.csv', Buffer.alloc(0))).toBe('errors:import.empty_file');
    expect(await attempt('blank.csv', Buffer.from('\r\n\r\n,,\r\n'))).toBe('errors:import.empty_file');
    expect(await attempt('quote.csv', Buffer.from('Name\r\n"unclosed\r\nrest'))).toBe('errors:import.unreadable_file');
    const tooMany = ['Name', ...Array.from({ length: XLSX_LIMITS.maxRows + 1 }, (_, i) => `Person ${i}`)].join('\n');
    expect(await attempt('many.csv', Buffer.from(tooMany))).toBe('errors:import.too_many_rows');
    const missing = await app.call('import.membersPreview', {
      delegationId: 'no-such-delegation',
      fileName: 'members.csv',
      contentBase64: base64(Buffer.from(CSV)),
    });
    expect(missing.ok || missing.error).toMatchObject({ code: 'not_found', details: { entity: 'delegation' } });
    expect((await must(app, 'app.check', {})).counts).toEqual(before.counts);
  });
});

describe('XLSX archives that would inflate too far', () => {
  const sheet = (bytes: number) => Buffer.alloc(bytes, 0x20);
  const refused = async (archive: Buffer) => {
    const delegationId = await delegation();
    const result = await app.call('import.membersPreview', {
      delegationId,
      fileName: 'bomb.xlsx',
      contentBase64: base64(archive),
    });
    return result.ok ? 'ok' : result.error.messageKey;
  };

  it('refuses an archive declaring more than 50 MB uncompressed, before inflating it', async () => {
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: sheet(XLSX_LIMITS.maxUncompressedBytes + 1) }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refused(bomb)).toBe('errors:import.too_large');
  });

  it('refuses an entry compressed more than 100:1', async () => {
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: sheet(5 * 1024 * 1024) }]);
    expect(await refused(bomb)).toBe('errors:import.too_large');
  });

  it('refuses an archive whose declared sizes lie', async () => {
    const liar = zipArchive([
      { name: 'xl/worksheets/sheet1.xml', data: sheet(8 * 1024 * 1024), declaredSize: 900 * 1024 },
    ]);
    expect(await refused(liar)).toBe('errors:import.too_large');
  });

  it('reads large but honest workbooks in a worker and refuses too many rows', async () => {
    const rows = [['Name'], ...Array.from({ length: XLSX_LIMITS.maxRows + 1 }, (_, i) => [`Person ${i}`])];
    const workbook = await xlsxBuffer(rows);
    await expect(readXlsx(workbook)).rejects.toMatchObject({ messageKey: 'errors:import.too_many_rows' });
    const fine = await readXlsx(await xlsxBuffer(rows.slice(0, 2001)));
    expect(fine.rows).toHaveLength(2001);
  });
});

describe('svp import-members', () => {
  const SVP = resolve(__dirname, '../../bin/svp.mjs');

  it('prints how many rows were added, skipped and rejected, and why', async () => {
    const folder = tempDir('svp-import-cli-');
    try {
      const seeded = openDataDir(folder.dir, { backups: { automatic: false } });
      const visit = await must(seeded, 'visits.create', { title: { en: 'Visit', zh: '访问' } });
      const d = await must(seeded, 'delegations.create', {
        visitId: visit.id,
        name: { en: 'European delegation', zh: '欧洲代表团' },
        homeTimeZone: 'Europe/Brussels',
      });
      await must(seeded, 'members.create', { delegationId: d.id, nameLatin: 'Maria Rossi', email: 'maria@example.it' });
      const workspacePath = seeded.store.path;
      seeded.close();

      const file = join(folder.dir, '参会人员名单.csv');
      writeFileSync(file, encodeText(CSV, 'gb18030' as TextEncodingName));
      const run = spawnSync(
        process.execPath,
        [SVP, 'import-members', '--delegation', d.id, file, '--data-dir', folder.dir],
        {
          encoding: 'utf8',
          env: { ...process.env, SVP_DATA_DIR: '' },
        },
      );
      expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('(csv, gb18030)');
      expect(run.stdout).toMatch(/^added: 2$/m);
      expect(run.stdout).toMatch(/^skipped: 2$/m);
      expect(run.stdout).toMatch(/^rejected: 3$/m);
      expect(run.stdout).toMatch(/^blank rows ignored: 1$/m);
      expect(run.stdout).toContain('row 5 skipped: already in the delegation (same name and e-mail)');
      expect(run.stdout).toContain('row 6 skipped: same name and e-mail as an earlier row of the file');
      expect(run.stdout).toContain('row 7 rejected: no name (English or Chinese)');
      expect(run.stdout).toContain('row 8 rejected: not a valid e-mail address');
      expect(run.stdout).toContain('row 9 rejected: unknown role');

      const reopened = openApp(workspacePath);
      try {
        const members = await must(reopened, 'members.list', { delegationId: d.id });
        expect(withoutIds(members.slice(1))).toEqual(EXPECTED_NEW);
      } finally {
        reopened.close();
      }

      const bad = spawnSync(process.execPath, [SVP, 'import-members', file, '--data-dir', folder.dir], {
        encoding: 'utf8',
      });
      expect(bad.status).toBe(2);
    } finally {
      folder.cleanup();
    }
  }, 60_000);
});
