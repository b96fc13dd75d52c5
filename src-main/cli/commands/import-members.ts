// `svp import-members`: members into a delegation from a CSV or XLSX participant list, through the
// same channels as the import dialog (preview, then one transaction).
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openDataDir } from '../../services';
import { resolveDataDir } from '../../host/data-dir';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '../../shared/contract/exchange-schemas';
import { call, CliError, type Command } from '../command';
import { englishText } from './messages';

export const importMembersCommand: Command = {
  usage: '--delegation ID FILE [--on-duplicate skip|keep] [--json] [--data-dir DIR]',
  options: { delegation: { type: 'string' }, 'on-duplicate': { type: 'string' } },
  async run({ values, positionals }) {
    const delegationId = typeof values.delegation === 'string' ? values.delegation : '';
    const file = positionals[0];
    if (!delegationId || !file) throw new CliError('--delegation and a FILE are required', 2);
    const onDuplicate = (values['on-duplicate'] ?? 'skip') as DuplicatePolicy;
    if (!DUPLICATE_POLICIES.includes(onDuplicate)) throw new CliError('--on-duplicate takes skip or keep', 2);
    let content: Buffer;
    try {
      content = readFileSync(resolve(file));
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const app = openDataDir(resolveDataDir(values['data-dir'] as string | undefined));
    try {
      await app.backups.settle(); // the backup taken at open holds the delegation as it was
      const input = { delegationId, fileName: basename(file), contentBase64: content.toString('base64') };
      const preview = await call(app, 'import.membersPreview', input);
      const result = await call(app, 'import.membersCommit', { ...input, onDuplicate });
      if (values.json) {
        console.log(JSON.stringify({ format: preview.format, encoding: preview.encoding, ...result }, null, 2));
        return 0;
      }
      const source = preview.encoding ? `${preview.format}, ${preview.encoding}` : preview.format;
      console.log(`${basename(file)} (${source})`);
      console.log(`added: ${result.added}`);
      console.log(`skipped: ${result.skipped}`);
      console.log(`rejected: ${result.rejected}`);
      if (result.blank) console.log(`blank rows ignored: ${result.blank}`);
      for (const row of result.reasons) {
        console.log(`row ${row.row} ${row.outcome}: ${row.reasons.map(englishText).join('; ')}`);
      }
      return 0;
    } finally {
      app.close();
    }
  },
};
