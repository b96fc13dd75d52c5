// Members into a delegation from a participant list (CSV or XLSX): `import.membersPreview` reads the
// file and says what each row would become with the detected (or the user's) column mapping, writing
// nothing; `import.membersCommit` reads it again with the mapping the user settled on and adds the
// members in ONE transaction (one undo step).
import type { ImportColumn, ImportField, MembersImportResult } from '../shared/contract/exchange-schemas';
import { MAX_IMPORT_BYTES, NAME_IMPORT_FIELDS } from '../shared/contract/exchange-schemas';
import { detectColumns } from '../exchange/member-columns';
import { classifyRows, countStatuses } from '../exchange/member-rows';
import { readSpreadsheet } from '../exchange/spreadsheet-read';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { must, ServiceError } from './service-error';

export function decodeUpload(contentBase64: string): Uint8Array {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ServiceError('validation', 'errors:import.too_large');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const memberImportHandlers = ({
  repos,
  tx,
  newId,
}: ServiceContext): HandlerGroup<'import.membersPreview' | 'import.membersCommit'> => {
  const read = async (delegationId: string, fileName: string, contentBase64: string) => {
    must(repos.delegations.get(delegationId), 'delegation', delegationId);
    const sheet = await readSpreadsheet(decodeUpload(contentBase64), fileName);
    const width = Math.max(...sheet.rows.map((row) => row.length));
    return { sheet, columns: detectColumns(sheet.rows[0], width) };
  };

  /**
   * The user's mapping, or the detected one: one field per column. Strict (to import, or a mapping the
   * user chose): each field used once, a name among them. A preview of the detected mapping is not
   * strict: it shows why nothing could be imported yet.
   */
  const checkedMapping = (mapping: (ImportField | null)[] | undefined, columns: ImportColumn[], strict: boolean) => {
    const fields = mapping ?? columns.map((c) => c.field);
    if (fields.length !== columns.length) {
      throw new ServiceError('validation', 'errors:import.mapping_mismatch', {
        expected: columns.length,
        received: fields.length,
      });
    }
    if (!strict) return fields;
    const used = new Set<ImportField>();
    for (const field of fields) {
      if (!field) continue;
      if (used.has(field)) throw new ServiceError('validation', 'errors:import.mapping_duplicate', { field });
      used.add(field);
    }
    if (![...used].some((f) => NAME_IMPORT_FIELDS.has(f))) {
      throw new ServiceError('validation', 'errors:import.no_name_column');
    }
    return fields;
  };

  return {
    'import.membersPreview': async ({ delegationId, fileName, contentBase64, mapping }) => {
      const { sheet, columns } = await read(delegationId, fileName, contentBase64);
      const fields = checkedMapping(mapping, columns, mapping !== undefined);
      const rows = classifyRows(sheet.rows, fields, repos.members.listByDelegation(delegationId));
      const mapped = columns.map((column, i) => ({ ...column, field: fields[i] }));
      return { format: sheet.format, encoding: sheet.encoding, columns: mapped, rows, counts: countStatuses(rows) };
    },

    'import.membersCommit': async ({ delegationId, fileName, contentBase64, mapping, onDuplicate }) => {
      const { sheet, columns } = await read(delegationId, fileName, contentBase64);
      const fields = checkedMapping(mapping, columns, true);
      return tx((): MembersImportResult => {
        // Read again inside the transaction: the delegation may have changed while the file was parsed.
        must(repos.delegations.get(delegationId), 'delegation', delegationId);
        const rows = classifyRows(sheet.rows, fields, repos.members.listByDelegation(delegationId));
        const result: MembersImportResult = { added: 0, skipped: 0, rejected: 0, blank: 0, memberIds: [], reasons: [] };
        let precedence = repos.members.nextPrecedence(delegationId);
        for (const row of rows) {
          if (row.status === 'blank') {
            result.blank += 1;
          } else if (row.status === 'invalid') {
            result.rejected += 1;
            result.reasons.push({ row: row.row, outcome: 'rejected', reasons: row.reasons });
          } else if (row.status !== 'new' && onDuplicate === 'skip') {
            result.skipped += 1;
            result.reasons.push({ row: row.row, outcome: 'skipped', reasons: row.reasons });
          } else {
            const id = newId();
            repos.members.insert({ id, delegationId, ...row.member!, precedence: precedence++ });
            result.added += 1;
            result.memberIds.push(id);
          }
        }
        return result;
      });
    },
  };
};
