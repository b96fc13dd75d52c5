// The export channels through the contract, with a stand-in printer (no Chromium needed).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src-main/services';
import type { PdfPrinter } from '../../src-main/services/host';
import { countPdfPages } from '../../src-main/printing/pdf-info';
import { buildProgrammeVisit, type ProgrammeVisit } from '../helpers/programme-visit';
import { must, tempDir } from '../helpers/workspace';

const FAKE_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj <</Type/Page>> endobj\n%%EOF',
);

const { dir, cleanup } = tempDir();
const printed: Array<{ html: string; paper: string }> = [];
const fakePrinter: PdfPrinter = async (html, { paper }) => {
  printed.push({ html, paper });
  return FAKE_PDF;
};
let app: App;
let fx: ProgrammeVisit;

beforeAll(async () => {
  app = openApp(join(dir, 'workspace.sqlite'), { host: { printPdf: fakePrinter, exportsDir: join(dir, 'out') } });
  fx = await buildProgrammeVisit(app);
});
afterAll(() => {
  app.close();
  cleanup();
});

describe('export.programmeCheck', () => {
  it('lists the fields without Chinese for a Chinese export, and nothing for English', async () => {
    const zh = await must(app, 'export.programmeCheck', { visitId: fx.visit.id, language: 'zh', addresses: true });
    expect(zh.missing.map((m) => `${m.entity}.${m.field}`).sort()).toEqual([
      'item.notes',
      'item.title',
      'site.address',
      'site.name',
    ]);
    expect(zh).toMatchObject({
      language: 'zh',
      itemCount: 9,
      dayCount: 6,
      revision: fx.visit.revision,
      unprintable: [],
    });
    expect(zh.fileName).toBe(`eu-china-urban-renewal-study-visit-zh-r${fx.visit.revision}.pdf`);
    const en = await must(app, 'export.programmeCheck', { visitId: fx.visit.id, language: 'en', participants: true });
    expect(en.missing).toEqual([]);
  });

  it('checks only what the scope prints', async () => {
    const check = await must(app, 'export.programmeCheck', {
      visitId: fx.visit.id,
      language: 'zh',
      delegationId: fx.delegations.eu.id,
    });
    expect(check.itemCount).toBe(8);
    // The roundtable (with the untranslated note) is not in the European delegation's programme.
    expect(check.missing.find((m) => m.id === fx.items.roundtable.id)).toBeUndefined();
  });

  it('refuses unknown and conflicting scopes', async () => {
    const unknown = await app.call('export.programmeCheck', { visitId: fx.visit.id, language: 'en', legId: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', details: { entity: 'leg', id: 'nope' } } });
    const otherVisit = await must(app, 'visits.create', { title: { en: 'Other', zh: '' } });
    const foreign = await app.call('export.programmeCheck', {
      visitId: otherVisit.id,
      language: 'en',
      delegationId: fx.delegations.eu.id,
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found', details: { entity: 'delegation' } } });
    const both = await app.call('export.programmeCheck', {
      visitId: fx.visit.id,
      language: 'en',
      delegationId: fx.delegations.eu.id,
      memberId: fx.members.anna.id,
    });
    expect(both).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: 'memberId' }] } },
    });
    const badLanguage = await app.call('export.programmePdf', { visitId: fx.visit.id, language: 'fr' });
    expect(badLanguage).toMatchObject({ ok: false, error: { code: 'validation' } });
    const unknownKey = await app.call('export.programmePdf', { visitId: fx.visit.id, language: 'en', colour: true });
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'validation' } });
    const noVisit = await app.call('export.programmePdf', { visitId: 'missing', language: 'en' });
    expect(noVisit).toMatchObject({ ok: false, error: { code: 'not_found', details: { entity: 'visit' } } });
  });
});

describe('export.programmePdf', () => {
  it('prints the document with the bundled fonts and writes a new file each time', async () => {
    const input = { visitId: fx.visit.id, language: 'bilingual', paper: 'letter' } as const;
    const first = await must(app, 'export.programmePdf', input);
    const second = await must(app, 'export.programmePdf', input);
    const name = `eu-china-urban-renewal-study-visit-bilingual-columns-r${fx.visit.revision}`;
    expect(first).toEqual({
      path: join(dir, 'out', `${name}.pdf`),
      fileName: `${name}.pdf`,
      pages: 2,
      bytes: FAKE_PDF.byteLength,
    });
    expect(second.fileName).toBe(`${name}-2.pdf`);
    expect(basename(second.path)).toBe(second.fileName);
    expect(readFileSync(first.path)).toEqual(Buffer.from(FAKE_PDF));
    const { html, paper } = printed[printed.length - 1];
    expect(paper).toBe('letter');
    expect(html).toMatch(
      /@font-face\{font-family:'SVP Noto Sans SC';font-style:normal;font-weight:400;src:url\(data:font\/ttf;base64,/,
    );
    expect(html).toContain("font-family:'SVP Noto Sans JP'"); // 𠮷 in Zhang's name (dinner attendee)
  });

  it('names the file after the new revision once the visit changes', async () => {
    await must(app, 'items.update', { id: fx.items.forum.id, patch: { endTime: '12:30' } });
    const visit = await must(app, 'visits.get', { id: fx.visit.id });
    const pdf = await must(app, 'export.programmePdf', { visitId: fx.visit.id, language: 'en' });
    expect(visit.visit.revision).toBeGreaterThan(fx.visit.revision);
    expect(pdf.fileName).toBe(`eu-china-urban-renewal-study-visit-en-r${visit.visit.revision}.pdf`);
  });

  it('reports a printer failure without writing anything', async () => {
    const failing = openApp(join(dir, 'workspace.sqlite'), {
      host: {
        exportsDir: join(dir, 'failed'),
        printPdf: async () => {
          throw new Error('boom');
        },
      },
    });
    try {
      const result = await failing.call('export.programmePdf', { visitId: fx.visit.id, language: 'en' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'internal', messageKey: 'programme:errors.printFailed' },
      });
      expect(existsSync(join(dir, 'failed'))).toBe(false);
    } finally {
      failing.close();
    }
  });

  it('counts PDF pages', () => {
    expect(countPdfPages(FAKE_PDF)).toBe(2);
  });
});
