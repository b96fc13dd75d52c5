// Real PDFs: a visit built through the contract is exported in every language mode with headless
// Chromium, then read back with poppler (pdftotext, pdffonts, pdfinfo) and fontkit.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/svp';
import { openApp, openDataDir, type App } from '../../src-main/services';
import { chromiumAvailable, createChromiumPrinter } from '../../src-main/printing/chromium-printer';
import type { ProgrammeExportInput, ProgrammePdf } from '../../src-main/shared/contract/export-schemas';
import { uncoveredCharacters } from '../helpers/font-coverage';
import { buildProgrammeVisit, SCRIPT_TITLE, type ProgrammeVisit } from '../helpers/programme-visit';
import { must, tempDir } from '../helpers/workspace';

const hasPoppler = ['pdftotext', 'pdffonts', 'pdfinfo'].every((tool) => spawnSync(tool, ['-v']).status === 0);
const skipReason = !chromiumAvailable()
  ? 'no Chromium executable found: set SVP_CHROMIUM, install /usr/bin/chromium, or install Playwright’s Chromium'
  : !hasPoppler
    ? 'poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed'
    : '';
if (skipReason) console.warn(`[pdf-export tests] skipped: ${skipReason}`);

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** Text of each page; -layout keeps columns apart, -raw keeps reading order (wrapped lines stay together). */
const pagesOf = (file: string, mode: '-layout' | '-raw') => run('pdftotext', mode, file, '-').split('\f').slice(0, -1);
const squash = (text: string) => text.replace(/\s+/g, '');
const CJK = /[\u3400-\u9fff\u{20000}-\u{2ffff}]/u;

interface Exported {
  input: ProgrammeExportInput;
  pdf: ProgrammePdf;
  html: string;
  layout: string[];
  raw: string[];
}

describe.skipIf(Boolean(skipReason))(`PDF export${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const { dir, cleanup } = tempDir('svp-pdf-');
  const printer = createChromiumPrinter({ keepAlive: true });
  const printed: string[] = [];
  let app: App;
  let fx: ProgrammeVisit;
  const exports: Record<string, Exported> = {};

  const exportAs = async (name: string, input: Omit<ProgrammeExportInput, 'visitId'>) => {
    const full = { visitId: fx.visit.id, ...input } as ProgrammeExportInput;
    const pdf = await must(app, 'export.programmePdf', full);
    exports[name] = {
      input: full,
      pdf,
      html: printed[printed.length - 1],
      layout: pagesOf(pdf.path, '-layout'),
      raw: pagesOf(pdf.path, '-raw'),
    };
  };

  beforeAll(async () => {
    app = openApp(join(dir, 'workspace.sqlite'), {
      host: {
        exportsDir: join(dir, 'exports'),
        printPdf: async (html, options) => {
          printed.push(html);
          return printer(html, options);
        },
      },
    });
    fx = await buildProgrammeVisit(app);
    const all = { participants: true, addresses: true } as const;
    await exportAs('en', { language: 'en', ...all });
    await exportAs('zh', { language: 'zh', ...all });
    await exportAs('columns', { language: 'bilingual', layout: 'columns', ...all });
    await exportAs('stacked', { language: 'bilingual', layout: 'stacked', paper: 'letter', dayBreaks: true, ...all });
  }, 240_000);

  afterAll(async () => {
    await printer.close();
    app?.close();
    cleanup();
  });

  const MODES = ['en', 'zh', 'columns', 'stacked'] as const;
  const langsOf = (mode: (typeof MODES)[number]) =>
    (mode === 'en' ? ['en'] : mode === 'zh' ? ['zh'] : ['en', 'zh']) as Array<'en' | 'zh'>;

  it('writes the files the channel reports, with the page count poppler reads', () => {
    for (const mode of MODES) {
      const { pdf } = exports[mode];
      expect(existsSync(pdf.path), mode).toBe(true);
      expect(statSync(pdf.path).size, mode).toBe(pdf.bytes);
      expect(pdf.path.startsWith(join(dir, 'exports')), mode).toBe(true);
      const info = run('pdfinfo', pdf.path);
      expect(info, mode).toContain(`Pages:           ${pdf.pages}`);
      expect(pdf.pages, mode).toBe(exports[mode].layout.length);
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      const [w, h] = mode === 'stacked' ? [612, 792] : [595.28, 841.89]; // Letter, A4
      expect(Math.abs(Number(width) - w), `${mode} width ${width}`).toBeLessThan(1);
      expect(Math.abs(Number(height) - h), `${mode} height ${height}`).toBeLessThan(1);
    }
    expect(exports.en.pdf.fileName).toBe(`eu-china-urban-renewal-study-visit-en-r${fx.visit.revision}.pdf`);
    expect(exports.stacked.pdf.pages).toBeGreaterThanOrEqual(6); // a page per day
  });

  it("prints each item's time, title and venue in the chosen language(s)", () => {
    const { items, sites } = fx;
    const venues = new Map(Object.values(sites).map((s) => [s.id, s.name]));
    for (const mode of MODES) {
      const text = squash(exports[mode].raw.join('\n'));
      for (const item of Object.values(items)) {
        const label = `${mode}: ${item.title.en}`;
        expect(text, label).toContain(squash(`${item.startTime}–${item.endTime}`));
        for (const lang of langsOf(mode)) {
          // Without a Chinese title the English one prints, marked "EN".
          const title = item.title[lang] || `EN${item.title.en}`;
          expect(text, `${label} (${lang})`).toContain(squash(title));
          const venue = item.siteId ? venues.get(item.siteId)! : undefined;
          if (venue) expect(text, `${label} venue (${lang})`).toContain(squash(venue[lang] || `EN${venue.en}`));
        }
      }
      expect(text).toContain(squash(SCRIPT_TITLE));
    }
  });

  it('keeps each language to its own document', () => {
    const en = exports.en.raw.join('\n');
    expect(en).not.toMatch(CJK);
    const zh = exports.zh.raw.join('\n');
    expect(zh).not.toContain('Meeting with the Vice Mayor');
    expect(zh).toContain('第一天 · 2023年7月2日 星期日 · 北京');
    expect(zh).toContain('张𠮷祥'); // U+20BB7 comes back out of the PDF
    expect(exports.en.raw.join('\n')).toContain('Day 1 · Sunday, 2 July 2023 · Beijing');
    for (const mode of ['columns', 'stacked'] as const) {
      const text = exports[mode].raw.join('\n');
      expect(text, mode).toContain('Day 4 · Wednesday, 5 July 2023 · Shanghai');
      expect(text, mode).toContain('第四天 · 2023年7月5日 星期三 · 上海');
      expect(text, mode).toContain('参会人员名单');
    }
  });

  it('has the running header and the page X of Y footer on every page', () => {
    const footers = {
      en: (i: number, n: number) => `Page ${i} of ${n}`,
      zh: (i: number, n: number) => `第 ${i} 页，共 ${n} 页`,
    };
    for (const mode of MODES) {
      const pages = exports[mode].layout;
      pages.forEach((page, index) => {
        for (const lang of langsOf(mode)) {
          expect(page, `${mode} page ${index + 1} header`).toContain(fx.visit.title[lang]);
          expect(page, `${mode} page ${index + 1} footer`).toContain(footers[lang](index + 1, pages.length));
        }
        expect(page, `${mode} page ${index + 1} revision`).toMatch(
          new RegExp(
            mode === 'zh' ? `版本 ${fx.visit.revision} · 生成于` : `Revision ${fx.visit.revision} · generated`,
          ),
        );
      });
    }
  });

  it('leaves no day heading alone at the foot of a page', () => {
    const heading = /^\s*(Day \d+ ·|第[一二三四五六七八九十百]+天 ·|Time\b|时间|Participant list|参会人员名单)/;
    for (const mode of MODES) {
      const pages = exports[mode].layout;
      pages.forEach((page, index) => {
        const lines = page.split('\n').filter((l) => l.trim());
        const footerStart = lines.findIndex((l) => /Revision \d+ · generated|版本 \d+ · 生成于/.test(l));
        const lastContent = lines[footerStart - 1] ?? '';
        expect(lastContent, `${mode} page ${index + 1} ends with a heading`).not.toMatch(heading);
      });
    }
  });

  it('starts each day on a new page when asked', () => {
    const firstLines = exports.stacked.layout.map((page) => {
      const lines = page.split('\n').filter((l) => l.trim());
      return lines[2] ?? ''; // after the two header lines
    });
    expect(exports.stacked.layout[0]).toContain('Day 1 ·');
    for (let day = 2; day <= 6; day++) {
      expect(
        firstLines.some((l) => l.trim().startsWith(`Day ${day} ·`)),
        `day ${day}`,
      ).toBe(true);
    }
  });

  it('embeds the bundled fonts only: a CJK font, and no system font', () => {
    for (const mode of MODES) {
      const rows = run('pdffonts', exports[mode].pdf.path).split('\n').slice(2).filter(Boolean);
      expect(rows.length, mode).toBeGreaterThan(0);
      for (const row of rows) {
        const [name, ...rest] = row.trim().split(/\s+/);
        expect(name, `${mode}: ${row}`).toMatch(/^[A-Z]{6}\+NotoSans(SC|JP)?[A-Za-z]*-(Regular|Bold)$/);
        expect(rest.slice(-5, -3), `${mode}: embedded and subset`).toEqual(['yes', 'yes']);
      }
      expect(
        rows.some((r) => /NotoSansSC/.test(r)),
        `${mode}: CJK font`,
      ).toBe(true);
    }
    // 𠮷 is printed with the Japanese fallback, which Noto Sans SC lacks it.
    expect(run('pdffonts', exports.zh.pdf.path)).toMatch(/NotoSansJP/);
  });

  it('has a glyph in the embedded fonts for every character printed', () => {
    for (const mode of MODES) {
      const { html, raw } = exports[mode];
      const text = raw.join('\n');
      expect(uncoveredCharacters(html, text), mode).toEqual([]);
    }
  });

  it('keeps Chromium for the next export, and ends it once idle', async () => {
    const idle = createChromiumPrinter({ keepAlive: true, idleCloseMs: 300 });
    try {
      const html = '<!doctype html><html><body><p>One page</p></body></html>';
      expect(
        Buffer.from(await idle(html, { paper: 'a4' }))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(idle.keepsBrowser()).toBe(true);
      await new Promise((done) => setTimeout(done, 800));
      expect(idle.keepsBrowser()).toBe(false);
      // Warmed up ahead of a print (the export dialog opened): running at once, ended once idle.
      idle.warmUp();
      expect(idle.keepsBrowser()).toBe(true);
      await new Promise((done) => setTimeout(done, 2500));
      expect(idle.keepsBrowser()).toBe(false);
    } finally {
      await idle.close();
    }
  });

  it('exports through the CLI', async () => {
    const cli = tempDir('svp-cli-');
    try {
      const workspace = openDataDir(cli.dir);
      const cliVisit = await buildProgrammeVisit(workspace);
      workspace.close();
      const out = join(cli.dir, 'programme.pdf');
      const code = await main([
        'export-pdf',
        '--data-dir',
        cli.dir,
        '--visit',
        cliVisit.visit.id,
        '--lang',
        'bilingual',
        '--layout',
        'stacked',
        '--delegation',
        cliVisit.delegations.cn.id,
        '--participants',
        '--out',
        out,
      ]);
      expect(code).toBe(0);
      const text = run('pdftotext', '-raw', out, '-');
      expect(text).toContain('Programme · Chinese delegation');
      expect(text).toContain('Roundtable on the green transition');
      expect(text).not.toContain('Working lunch'); // the European delegation's lunch
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      cli.cleanup();
    }
  }, 60_000);
});
