// `svp export-pdf`: prints a visit's programme (日程安排) to a PDF file, through the same channels as the app.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDataDir } from '../../services';
import { resolveDataDir } from '../../host/data-dir';
import {
  BILINGUAL_LAYOUTS,
  PAPER_SIZES,
  PROGRAMME_LANGUAGES,
  type ProgrammeExportInput,
} from '../../shared/contract/export-schemas';
import { call, CliError, type Command } from '../command';

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined => {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new CliError(`--${flag} takes ${allowed.join(', ')}`, 2);
  return value as T;
};

const string = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export const exportPdfCommand: Command = {
  usage:
    '--visit ID --lang en|zh|bilingual [--layout columns|stacked] [--leg ID] [--delegation ID] [--member ID] ' +
    '[--paper a4|letter] [--participants] [--addresses] [--day-breaks] --out FILE [--json] [--data-dir DIR]',
  options: {
    visit: { type: 'string' },
    lang: { type: 'string' },
    layout: { type: 'string' },
    leg: { type: 'string' },
    delegation: { type: 'string' },
    member: { type: 'string' },
    paper: { type: 'string' },
    participants: { type: 'boolean', default: false },
    addresses: { type: 'boolean', default: false },
    'day-breaks': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  async run({ values }) {
    const visitId = string(values.visit);
    const language = oneOf(values.lang, PROGRAMME_LANGUAGES, 'lang');
    const out = string(values.out);
    if (!visitId || !language || !out) throw new CliError('--visit, --lang and --out are required', 2);
    const input: ProgrammeExportInput = {
      visitId,
      language,
      layout: oneOf(values.layout, BILINGUAL_LAYOUTS, 'layout'),
      paper: oneOf(values.paper, PAPER_SIZES, 'paper'),
      legId: string(values.leg),
      delegationId: string(values.delegation),
      memberId: string(values.member),
      participants: values.participants === true,
      addresses: values.addresses === true,
      dayBreaks: values['day-breaks'] === true,
    };
    // The channel writes into an exports folder; here a private one, then the file goes to --out.
    const exportsDir = mkdtempSync(join(tmpdir(), 'svp-export-'));
    const app = openDataDir(resolveDataDir(string(values['data-dir'])), { host: { exportsDir } });
    try {
      const check = await call(app, 'export.programmeCheck', input);
      for (const m of check.missing) {
        const where = m.date ? ` (${m.date} ${m.startTime ?? ''})`.replace(' )', ')') : '';
        console.error(
          `warning: ${m.entity} ${m.field}${where} has no ${m.missing === 'zh' ? 'Chinese' : 'English'}: "${m.text}"`,
        );
      }
      for (const u of check.unprintable) {
        console.error(
          `warning: ${u.entity} ${u.field} has characters no bundled font prints: ${u.characters.join(' ')}`,
        );
      }
      const pdf = await call(app, 'export.programmePdf', input);
      const target = resolve(out);
      copyFileSync(pdf.path, target);
      const result = { ...pdf, path: target, missing: check.missing.length };
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else console.log(`${target}: ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}, ${Math.round(pdf.bytes / 1024)} KB`);
      return 0;
    } finally {
      app.close();
      rmSync(exportsDir, { recursive: true, force: true });
    }
  },
};
