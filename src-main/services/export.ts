// Printed programmes: the translation check before an export, and the export to PDF itself.
// The HTML comes from the pure document builder; the host's printer turns it into PDF bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgrammeExportOptions } from '../shared/contract/export-schemas';
import { buildProgramme, type BuiltProgramme } from '../documents/programme/build-programme';
import { loadProgrammeData, unknownScopeId, type ProgrammeData } from '../documents/programme/programme-data';
import { bundledFonts } from '../documents/fonts';
import { countPdfPages } from '../printing/pdf-info';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { notFound, ServiceError } from './service-error';

/** ASCII file-name part: "EU–China Study Visit 2023" → "eu-china-study-visit-2023". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut between words when one ends near the limit.
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}

/** `<visit-title-slug>[-<scope>]-<lang>-r<revision>.pdf` */
export function programmeFileName(data: ProgrammeData, options: ProgrammeExportOptions): string {
  const visit = slugify(data.visit.title.en) || 'programme';
  const member = data.members.find((m) => m.id === options.memberId);
  const delegation = data.delegations.find((d) => d.id === options.delegationId);
  const leg = data.legs.find((l) => l.id === options.legId);
  const scope = [
    leg && (slugify(leg.place.name.en, 30) || `leg-${leg.startDate}`),
    delegation && (slugify(delegation.name.en, 30) || 'delegation'),
    member && (slugify(member.nameLatin, 30) || 'member'),
  ].filter(Boolean);
  const lang = options.language === 'bilingual' ? `bilingual-${options.layout}` : options.language;
  return [visit, ...scope, lang, `r${data.visit.revision}`].join('-') + '.pdf';
}

/** Writes without ever replacing a file: name.pdf, then name-2.pdf, name-3.pdf … */
function writeUnique(dir: string, fileName: string, bytes: Uint8Array): { path: string; fileName: string } {
  mkdirSync(dir, { recursive: true });
  const stem = fileName.replace(/\.pdf$/, '');
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? fileName : `${stem}-${n}.pdf`;
    const path = join(dir, name);
    try {
      writeFileSync(path, bytes, { flag: 'wx' });
      return { path, fileName: name };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`no free file name for ${fileName} in ${dir}`);
}

export const exportHandlers = ({
  repos,
  host,
  now,
}: ServiceContext): HandlerGroup<'export.programmeCheck' | 'export.programmePdf'> => {
  const prepare = (
    options: ProgrammeExportOptions,
    withFonts: boolean,
  ): { data: ProgrammeData; built: BuiltProgramme } => {
    const data = loadProgrammeData(repos, options.visitId);
    if (!data) throw notFound('visit', options.visitId);
    const unknown = unknownScopeId(data, options);
    if (unknown) throw notFound(unknown.entity, unknown.id);
    const fonts = bundledFonts();
    const built = buildProgramme(data, options, {
      generatedAt: new Date(now()),
      canPrint: fonts.canPrint,
      fontFaces: withFonts ? fonts.fontFaces : undefined,
    });
    return { data, built };
  };
  return {
    'export.programmeCheck': (options) => {
      const { data, built } = prepare(options, false);
      host.warmUpPrinter?.();
      return {
        language: options.language,
        itemCount: built.itemCount,
        dayCount: built.days.length,
        revision: data.visit.revision,
        missing: built.missing,
        unprintable: built.unprintable,
        fileName: programmeFileName(data, options),
      };
    },
    'export.programmePdf': async (options) => {
      if (!host.printPdf) throw new ServiceError('internal', 'programme:errors.noPrinter');
      const { data, built } = prepare(options, true);
      let pdf: Uint8Array;
      try {
        pdf = await host.printPdf(built.html, { paper: options.paper });
      } catch (error) {
        console.error('[svp] printing the programme failed:', (error as Error).message);
        throw new ServiceError('internal', 'programme:errors.printFailed');
      }
      let written: { path: string; fileName: string };
      try {
        written = writeUnique(host.exportsDir, programmeFileName(data, options), pdf);
      } catch (error) {
        console.error('[svp] saving the programme failed:', (error as Error).message);
        throw new ServiceError('storage', 'programme:errors.writeFailed', { dir: host.exportsDir });
      }
      return { ...written, pages: countPdfPages(pdf), bytes: pdf.byteLength };
    },
  };
};
