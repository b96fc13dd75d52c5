// PDF export benchmark: a bilingual programme of about 20 pages (two-column layout, with addresses and
// the participant list), exported through the contract with the headless Chromium printer.
// Targets: under 2 s and under 2 MB. `node bin/run-ts.mjs bench/pdf-export.ts` prints the figures;
// bench/run.ts imports benchPdfExport().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, type App } from '../src-main/services';
import { createChromiumPrinter } from '../src-main/printing/chromium-printer';
import type { ChannelInput, ChannelName, ChannelResult } from '../src-main/shared/contract/channels';

async function must<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelResult<C>;
}

const CITIES = [
  { en: 'Beijing', zh: '北京' },
  { en: 'Zhengzhou', zh: '郑州' },
  { en: 'Hangzhou', zh: '杭州' },
];
const SESSIONS = [
  { en: 'Institutional meeting with the municipal government', zh: '与市政府官方会见' },
  { en: 'Site visit: innovation park and start-up incubator', zh: '实地考察：创新园区及孵化器' },
  { en: 'Working lunch with the host organisation', zh: '与接待方工作午餐' },
  { en: 'Roundtable on urban renewal and the green transition', zh: '城市更新与生态转型圆桌会议' },
  { en: 'Workshop: best practice sharing on smart cities', zh: '工作坊：智慧城市案例分享' },
  { en: 'Cultural programme: museum visit', zh: '文化活动：参观博物馆' },
];

/** A three-leg, twelve-day visit with six items a day and two delegations of twelve members. */
export async function buildBenchVisit(app: App): Promise<string> {
  const visit = await must(app, 'visits.create', {
    title: { en: 'EU–China study visit on sustainable urban development', zh: '中欧城市可持续发展考察访问' },
    purpose: {
      en: 'Capacity building, best practice sharing and resource matching between pilot cities',
      zh: '试点城市之间的能力建设、案例分享与资源对接',
    },
  });
  const delegations = [];
  for (const [i, name] of [
    { en: 'European delegation', zh: '欧洲代表团' },
    { en: 'Chinese delegation', zh: '中国代表团' },
  ].entries()) {
    const d = await must(app, 'delegations.create', {
      visitId: visit.id,
      name,
      homeTimeZone: i === 0 ? 'Europe/Brussels' : 'Asia/Shanghai',
    });
    for (let m = 0; m < 12; m++) {
      await must(app, 'members.create', {
        delegationId: d.id,
        nameLatin: i === 0 ? `Delegate ${m + 1} Europa` : `Zhang Wei ${m + 1}`,
        nameZh: i === 0 ? '' : `张伟${m + 1}`,
        title: { en: m === 0 ? 'Head of delegation' : 'Senior adviser', zh: m === 0 ? '团长' : '高级顾问' },
        organisation: { en: 'Department of Urban Development', zh: '城市发展部' },
        role: m === 0 ? 'head' : 'member',
      });
    }
    delegations.push(d);
  }
  let day = 0;
  for (const [c, city] of CITIES.entries()) {
    const place = await must(app, 'places.create', { name: city, side: 'china', timeZone: 'Asia/Shanghai' });
    const start = `2023-07-${String(2 + c * 4).padStart(2, '0')}`;
    const end = `2023-07-${String(5 + c * 4).padStart(2, '0')}`;
    const leg = await must(app, 'legs.create', {
      visitId: visit.id,
      placeId: place.id,
      startDate: start,
      endDate: end,
    });
    const sites = [];
    for (let s = 0; s < 4; s++) {
      sites.push(
        await must(app, 'sites.create', {
          name: { en: `${city.en} venue ${s + 1}`, zh: `${city.zh}考察点${s + 1}` },
          address: { en: `${100 + s} Century Avenue, ${city.en}`, zh: `${city.zh}世纪大道${100 + s}号` },
          placeId: place.id,
          contact: { name: 'Li Wei', phone: '+86 10 6519 2000', email: 'protocol@example.cn' },
        }),
      );
    }
    for (let d = 0; d < 4; d++, day++) {
      const date = `2023-07-${String(2 + c * 4 + d).padStart(2, '0')}`;
      for (const [k, title] of SESSIONS.entries()) {
        await must(app, 'items.create', {
          legId: leg.id,
          date,
          startTime: `${String(8 + k * 2).padStart(2, '0')}:00`,
          endTime: `${String(9 + k * 2).padStart(2, '0')}:30`,
          kind: 'working_session',
          title,
          description: {
            en: 'Presentation of the host city’s policies, followed by an exchange with the delegates on cooperation projects and next steps.',
            zh: '介绍接待城市的相关政策，随后与代表团就合作项目及后续步骤进行交流。',
          },
          hosts: { en: `${city.en} Municipal Government`, zh: `${city.zh}市人民政府` },
          siteId: sites[k % sites.length].id,
          attendees: k === 2 ? { delegationIds: [delegations[day % 2].id], memberIds: [] } : null,
          dressCode: k === 0 ? { en: 'Business attire', zh: '商务正装' } : undefined,
        });
      }
    }
  }
  return visit.id;
}

export interface PdfBenchResult {
  /** One export as the CLI and browser mode run it: Chromium is started for it. */
  ms: number;
  bytes: number;
  pages: number;
  /** The same export with Chromium already running, as in the desktop app (Electron's own Chromium). */
  warmMs: number;
}

const EXPORT = { language: 'bilingual', layout: 'columns', participants: true, addresses: true } as const;

export async function benchPdfExport(): Promise<PdfBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'svp-bench-pdf-'));
  const path = join(dir, 'bench.sqlite');
  const app = openApp(path);
  const warmPrinter = createChromiumPrinter({ keepAlive: true });
  const warmApp = openApp(path, { host: { printPdf: warmPrinter } });
  try {
    const visitId = await buildBenchVisit(app);
    const start = performance.now();
    const pdf = await must(app, 'export.programmePdf', { visitId, ...EXPORT });
    const ms = Math.round(performance.now() - start);
    await must(warmApp, 'export.programmePdf', { visitId, ...EXPORT });
    const warmStart = performance.now();
    await must(warmApp, 'export.programmePdf', { visitId, ...EXPORT });
    return { ms, bytes: pdf.bytes, pages: pdf.pages, warmMs: Math.round(performance.now() - warmStart) };
  } finally {
    await warmPrinter.close();
    warmApp.close();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchPdfExport();
  console.log(
    `PDF export, bilingual, ${result.pages} pages: ${result.ms} ms (target < 2000 ms; ${result.warmMs} ms with ` +
      `Chromium already running), ${(result.bytes / 1024 / 1024).toFixed(2)} MB (target < 2 MB)`,
  );
}
