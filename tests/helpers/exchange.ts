// Files for the exchange tests: text in each encoding Excel and others write, XLSX workbooks, raw zip
// archives (for zip bombs), and a visit with legs in Beijing and Rome to export.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { crc32, deflateRawSync } from 'node:zlib';
import type { App } from '../../src-main/services';
import type { TextEncodingName } from '../../src-main/shared/contract/exchange-schemas';
import { must } from './workspace';

export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

export async function xlsxBuffer(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Members');
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null && value !== undefined && value !== '') sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet of an XLSX file as text, the way a person reads it. */
export async function readXlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Array.from({ length: values.length - 1 }, (_, i) => String(values[i + 1] ?? '')));
  });
  return rows;
}

/**
 * A zip archive written by hand, so a test can declare whatever sizes it likes: `declaredSize`
 * replaces the true uncompressed size in both headers (a lying archive).
 */
export function zipArchive(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A visit with a leg in Beijing and one in Rome, two delegations, members, sites and items. */
export async function seedExchangeVisit(app: App) {
  const places = await must(app, 'places.list', {});
  const byKeyOrName = (en: string) => places.find((p) => p.name.en === en);
  const beijing =
    byKeyOrName('Beijing') ??
    (await must(app, 'places.create', {
      name: { en: 'Beijing', zh: '北京' },
      side: 'china',
      timeZone: 'Asia/Shanghai',
    }));
  const rome =
    byKeyOrName('Rome') ??
    (await must(app, 'places.create', {
      name: { en: 'Rome', zh: '罗马' },
      side: 'eu',
      country: 'IT',
      timeZone: 'Europe/Rome',
    }));
  const visit = await must(app, 'visits.create', {
    title: { en: 'EU–China study visit 2023', zh: '2023年中欧城市考察访问' },
    themes: [{ en: 'Urban Renewal', zh: '城市更新' }],
  });
  const beijingLeg = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: beijing.id,
    startDate: '2023-07-02',
    endDate: '2023-07-04',
  });
  const romeLeg = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: rome.id,
    startDate: '2023-07-17',
    endDate: '2023-07-18',
  });
  const european = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'European delegation', zh: '欧洲代表团' },
    originPlaceIds: [rome.id],
    homeTimeZone: 'Europe/Brussels',
  });
  const chinese = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'Chinese delegation', zh: '中国代表团' },
    originPlaceIds: [beijing.id],
    homeTimeZone: 'Asia/Shanghai',
  });
  const head = await must(app, 'members.create', {
    delegationId: european.id,
    nameLatin: 'Maria Rossi',
    role: 'head',
    title: { en: 'Director, Urban Planning', zh: '城市规划司司长' },
    organisation: { en: 'Lazio Region', zh: '拉齐奥大区' },
    email: 'maria.rossi@example.it',
    phone: '+39 06 1234 5678',
    dietary: { en: 'vegetarian', zh: '素食' },
  });
  const second = await must(app, 'members.create', {
    delegationId: european.id,
    nameLatin: '=cmd|"/C calc"!A0',
    title: { en: '@risk officer', zh: '' },
    email: '',
  });
  const chineseHead = await must(app, 'members.create', {
    delegationId: chinese.id,
    nameLatin: 'Yoshida Taro',
    nameZh: '𠮷田太郎',
    role: 'head',
    organisation: { en: 'Beijing Municipal Commission, Planning', zh: '北京市规划和自然资源委员会' },
    phone: '-86 10 5555',
    dietary: { en: 'halal', zh: '清真' },
  });
  const shougang = await must(app, 'sites.create', {
    name: { en: 'Shougang Park', zh: '首钢园' },
    address: { en: '68 Shijingshan Road, Beijing', zh: '北京市石景山区石景山路68号' },
    category: 'industrial_park',
    placeId: beijing.id,
    latitude: 39.911,
    longitude: 116.162,
  });
  const campidoglio = await must(app, 'sites.create', {
    name: { en: 'Campidoglio', zh: '卡比托利欧山' },
    address: { en: 'Piazza del Campidoglio, Rome', zh: '罗马卡比托利欧广场' },
    category: 'government',
    placeId: rome.id,
  });
  const siteVisit = await must(app, 'items.create', {
    legId: beijingLeg.id,
    date: '2023-07-02',
    startTime: '09:30',
    endTime: '11:00',
    kind: 'site_visit',
    title: { en: 'Visit to Shougang Park', zh: '实地考察首钢园' },
    description: { en: 'Tour of the former steelworks; Q&A, with interpreters', zh: '参观原首钢厂区；问答交流' },
    siteId: shougang.id,
    attendees: { delegationIds: [european.id], memberIds: [chineseHead.id] },
  });
  const dinner = await must(app, 'items.create', {
    legId: beijingLeg.id,
    date: '2023-07-02',
    startTime: '19:00',
    endTime: '21:00',
    kind: 'welcome_dinner',
    title: { en: 'Welcome dinner', zh: '欢迎晚宴' },
  });
  const meeting = await must(app, 'items.create', {
    legId: romeLeg.id,
    date: '2023-07-17',
    startTime: '10:00',
    endTime: '12:30',
    kind: 'institutional_meeting',
    title: { en: 'Meeting at the Campidoglio', zh: '卡比托利欧山官方会见' },
    siteId: campidoglio.id,
    attendees: { delegationIds: [chinese.id], memberIds: [] },
  });
  const train = await must(app, 'items.create', {
    legId: romeLeg.id,
    date: '2023-07-17',
    startTime: '22:30',
    endTime: '06:15',
    endsNextDay: true,
    kind: 'high_speed_train',
    title: { en: 'Night train', zh: '夜间列车' },
  });
  return {
    visit,
    beijing,
    rome,
    beijingLeg,
    romeLeg,
    european,
    chinese,
    members: { head, second, chineseHead },
    sites: { shougang, campidoglio },
    items: { siteVisit, dinner, meeting, train },
  };
}
