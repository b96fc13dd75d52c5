// `svp backup` and `svp restore`: the workspace's rolling backups (<data dir>/backups/<workspace>/).
import { isAbsolute, resolve } from 'node:path';
import { openDataDir } from '../../services';
import { resolveDataDir } from '../../host/data-dir';
import { call, CliError, type Command } from '../command';

const describe = (b: { path: string; createdAt: string; bytes: number; reason: string }) =>
  `${b.createdAt}  ${b.reason.padEnd(9)}  ${Math.max(1, Math.round(b.bytes / 1024))} KB  ${b.path}`;

export const backupCommand: Command = {
  usage: '[--list] [--json] [--data-dir DIR]   (backs the current workspace up, or lists its backups)',
  options: { list: { type: 'boolean', default: false } },
  async run({ values }) {
    const app = openDataDir(resolveDataDir(values['data-dir'] as string | undefined), {
      backups: { onOpen: false },
    });
    try {
      const result = values.list ? await call(app, 'backups.list', {}) : await call(app, 'backups.create', {});
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else if (Array.isArray(result)) for (const b of result) console.log(describe(b));
      else console.log(`backup: ${result.path}`);
      return 0;
    } finally {
      app.close();
    }
  },
};

export const restoreCommand: Command = {
  usage: 'FILE [--json] [--data-dir DIR]   (FILE: a backup of the current workspace, see "svp backup --list")',
  async run({ values, positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('a FILE is required (see "svp backup --list")', 2);
    const app = openDataDir(resolveDataDir(values['data-dir'] as string | undefined), {
      backups: { onOpen: false },
    });
    try {
      const path = isAbsolute(file) || file.includes('/') || file.includes('\\') ? resolve(file) : file;
      const result = await call(app, 'backups.restore', { path });
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else {
        console.log(`restored: ${result.restored.path}`);
        console.log(`the state before the restore was saved as: ${result.safety.path}`);
      }
      return 0;
    } finally {
      app.close();
    }
  },
};
