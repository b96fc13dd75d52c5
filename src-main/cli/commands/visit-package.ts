// `svp export-visit` and `svp import-visit`: a visit and everything it uses, as one JSON file.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { openDataDir } from '../../services';
import { resolveDataDir } from '../../host/data-dir';
import { call, CliError, type Command } from '../command';

const string = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export const exportVisitCommand: Command = {
  usage: '--visit ID --out FILE [--json] [--data-dir DIR]',
  options: { visit: { type: 'string' }, out: { type: 'string' } },
  async run({ values }) {
    const visitId = string(values.visit);
    const out = string(values.out);
    if (!visitId || !out) throw new CliError('--visit and --out are required', 2);
    // The channel writes into an exports folder; here a private one, then the file goes to --out.
    const exportsDir = mkdtempSync(join(tmpdir(), 'svp-export-'));
    const app = openDataDir(resolveDataDir(string(values['data-dir'])), { host: { exportsDir } });
    try {
      const written = await call(app, 'export.visitPackage', { visitId });
      const target = resolve(out);
      copyFileSync(written.path, target);
      if (values.json) console.log(JSON.stringify({ ...written, path: target }, null, 2));
      else {
        const c = written.counts;
        console.log(
          `${target}: ${c.legs} legs, ${c.delegations} delegations, ${c.members} members, ${c.items} items, ` +
            `${c.sites} sites, ${c.places} places`,
        );
      }
      return 0;
    } finally {
      app.close();
      rmSync(exportsDir, { recursive: true, force: true });
    }
  },
};

export const importVisitCommand: Command = {
  usage: 'FILE [--json] [--data-dir DIR]',
  async run({ values, positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('a FILE is required', 2);
    let content: Buffer;
    try {
      content = readFileSync(resolve(file));
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const app = openDataDir(resolveDataDir(string(values['data-dir'])));
    try {
      await app.backups.settle();
      const result = await call(app, 'import.visitPackage', {
        fileName: basename(file),
        contentBase64: content.toString('base64'),
      });
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else {
        const c = result.counts;
        console.log(`visit ${result.visitId}`);
        console.log(
          `imported: ${c.legs} legs, ${c.delegations} delegations, ${c.members} members, ${c.items} items; ` +
            `new: ${c.sites} sites, ${c.places} places`,
        );
        for (const m of [...result.matchedSites, ...result.matchedPlaces]) {
          const name = [m.name.en, m.name.zh].filter(Boolean).join(' / ');
          const differs = m.differences.length ? ` (kept the workspace's ${m.differences.join(', ')})` : '';
          console.log(`reused: ${name}${differs}`);
        }
      }
      return 0;
    } finally {
      app.close();
    }
  },
};
