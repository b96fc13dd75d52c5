// Members into a delegation from a participant list (CSV or XLSX). The file is read here (base64) and
// previewed by `import.membersPreview`, which writes nothing: the detected encoding, what each column
// fills (the user may change it: the preview follows), and what each row would become. Import (`import.membersCommit`)
// adds them in one step and reports what was added, skipped and rejected, and why.
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../src-main/shared/contract/entities';
import {
  IMPORT_FIELDS,
  NAME_IMPORT_FIELDS,
  type DuplicatePolicy,
  type ImportField,
  type MembersImportPreview,
  type MembersImportResult,
} from '../../../../src-main/shared/contract/exchange-schemas';
import { useBilingual } from '../../i18n/bilingual';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExchangeDialog } from './ExchangeDialog';
import { fileToBase64, FileTooLarge } from './fileToBase64';
import { useCommitMembers, usePreviewMembers } from './queries';

/** Rows shown in the preview table; the counts cover them all. */
const SHOWN_ROWS = 200;

interface PickedFile {
  name: string;
  contentBase64: string;
}

export function ImportMembersDialog({
  delegations,
  initialDelegationId,
  onClose,
}: {
  delegations: Delegation[];
  initialDelegationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation(['exchange', 'errors']);
  const pick = useBilingual();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [delegationId, setDelegationId] = useState(initialDelegationId);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<MembersImportPreview | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [result, setResult] = useState<MembersImportResult | null>(null);
  const previewer = usePreviewMembers();
  const commit = useCommitMembers();
  const delegation = delegations.find((d) => d.id === delegationId) ?? delegations[0];

  /** Previews the file for the delegation, with the user's column choices once there are any. */
  const runPreview = (target: PickedFile, forDelegation: string, withMapping?: (ImportField | null)[]) => {
    commit.reset();
    previewer.mutate(
      {
        delegationId: forDelegation,
        fileName: target.name,
        contentBase64: target.contentBase64,
        mapping: withMapping,
      },
      {
        onSuccess: (answer) => {
          setPreview(answer);
          setMapping(answer.columns.map((column) => column.field));
        },
        onError: () => setPreview(null),
      },
    );
  };
  const usable = (fields: (ImportField | null)[]) => {
    const chosen = fields.filter((field): field is ImportField => field !== null);
    return chosen.length === new Set(chosen).size && chosen.some((field) => NAME_IMPORT_FIELDS.has(field));
  };
  const chooseField = (index: number, field: ImportField | null) => {
    const next = mapping.map((f, i) => (i === index ? field : f));
    setMapping(next);
    // A complete choice is previewed at once; an incomplete one waits (the messages say what is missing).
    if (file && usable(next)) runPreview(file, delegationId, next);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReadError(null);
    setPreview(null);
    setResult(null);
    if (!chosen) return;
    try {
      const picked = { name: chosen.name, contentBase64: await fileToBase64(chosen) };
      setFile(picked);
      runPreview(picked, delegationId);
    } catch (error) {
      setFile(null);
      setReadError(error instanceof FileTooLarge ? 'exchange:importMembers.tooLarge' : 'errors:import.unreadable_file');
    }
  };

  const changeDelegation = (next: string) => {
    setDelegationId(next);
    setResult(null);
    if (file) runPreview(file, next, preview && usable(mapping) ? mapping : undefined);
  };

  const duplicates = preview ? preview.counts.duplicate_in_file + preview.counts.duplicate_existing : 0;
  const toAdd = preview ? preview.counts.new + (onDuplicate === 'keep' ? duplicates : 0) : 0;
  const mapped = mapping.filter((field): field is ImportField => field !== null);
  const mappingDuplicate = mapped.length !== new Set(mapped).size;
  const hasName = mapped.some((field) => NAME_IMPORT_FIELDS.has(field));
  const changedMapping = preview !== null && preview.columns.some((column, i) => column.field !== mapping[i]);
  const canImport = file !== null && preview !== null && toAdd > 0 && !mappingDuplicate && hasName && !commit.isPending;

  const doImport = () => {
    if (!file || !canImport) return;
    commit.mutate(
      { delegationId, fileName: file.name, contentBase64: file.contentBase64, mapping, onDuplicate },
      { onSuccess: (answer) => setResult(answer) },
    );
  };

  const again = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    previewer.reset();
    commit.reset();
    if (fileInput.current) fileInput.current.value = '';
    requestAnimationFrame(() => fileInput.current?.focus());
  };

  const reasonsText = (keys: string[]) => keys.map((key) => t(key)).join(t('exchange:ui.listSeparator'));

  const footer = result ? (
    <>
      <button type="button" onClick={again}>
        {t('exchange:importMembers.another')}
      </button>
      <span className="exchange-spacer" />
      <button type="button" className="primary" onClick={onClose}>
        {t('exchange:ui.done')}
      </button>
    </>
  ) : (
    <>
      <span className="exchange-spacer" />
      <button type="button" onClick={onClose} disabled={commit.isPending}>
        {t('exchange:ui.cancel')}
      </button>
      <button type="button" className="primary" disabled={!canImport} onClick={doImport}>
        {commit.isPending
          ? t('exchange:importMembers.importing')
          : t('exchange:importMembers.import', { count: toAdd })}
      </button>
    </>
  );

  return (
    <ExchangeDialog
      title={t('exchange:importMembers.title')}
      subtitle={delegation ? t('exchange:importMembers.into', { delegation: pick(delegation.name) }) : undefined}
      busy={commit.isPending}
      wide
      onClose={onClose}
      footer={footer}
    >
      {result ? (
        <section className="exchange-result" aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`} tabIndex={-1} ref={(heading) => heading?.focus()}>
            <span aria-hidden="true">✓ </span>
            {t('exchange:importMembers.resultHeading')}
          </h3>
          <dl className="exchange-facts import-counts">
            <div>
              <dt>{t('exchange:importMembers.added')}</dt>
              <dd data-count="added">{result.added}</dd>
            </div>
            <div>
              <dt>{t('exchange:importMembers.skipped')}</dt>
              <dd data-count="skipped">{result.skipped}</dd>
            </div>
            <div>
              <dt>{t('exchange:importMembers.rejected')}</dt>
              <dd data-count="rejected">{result.rejected}</dd>
            </div>
            {result.blank > 0 && (
              <div>
                <dt>{t('exchange:importMembers.blank')}</dt>
                <dd data-count="blank">{result.blank}</dd>
              </div>
            )}
          </dl>
          {result.reasons.length > 0 && (
            <ul className="import-reasons">
              {result.reasons.map((outcome) => (
                <li key={outcome.row}>
                  {t('exchange:importMembers.rowOutcome', {
                    row: outcome.row,
                    outcome: t(`exchange:importMembers.outcome.${outcome.outcome}`),
                    reasons: reasonsText(outcome.reasons),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <>
          <div className="exchange-row">
            {delegations.length > 1 && (
              <label className="field">
                <span>{t('exchange:importMembers.delegation')}</span>
                <select value={delegationId} onChange={(e) => changeDelegation(e.target.value)}>
                  {delegations.map((d) => (
                    <option key={d.id} value={d.id}>
                      {pick(d.name)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              <span>{t('exchange:importMembers.file')}</span>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void onFile(e)}
              />
            </label>
          </div>
          <p className="hint">{t('exchange:importMembers.fileHint')}</p>
          {readError && (
            <div className="error-message" role="alert">
              <p>{t(readError)}</p>
            </div>
          )}
          <ErrorMessage error={previewer.error} />
          {previewer.isPending && (
            <p role="status" className="muted">
              {t('exchange:importMembers.reading')}
            </p>
          )}
          {preview && (
            <>
              <dl className="exchange-facts">
                <div>
                  <dt>{t('exchange:importMembers.format')}</dt>
                  <dd>{preview.format.toUpperCase()}</dd>
                </div>
                {preview.encoding && (
                  <div>
                    <dt>{t('exchange:importMembers.encoding')}</dt>
                    <dd data-testid="import-encoding">{t(`exchange:encoding.${preview.encoding}`)}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('exchange:importMembers.rows')}</dt>
                  <dd>{preview.rows.length}</dd>
                </div>
              </dl>

              <fieldset className="import-columns">
                <legend>{t('exchange:importMembers.columnsHeading')}</legend>
                <div className="import-columns-grid">
                  {preview.columns.map((column, index) => (
                    <label key={column.index} className="field">
                      <span>{column.header || t('exchange:importMembers.untitledColumn', { n: index + 1 })}</span>
                      <select
                        value={mapping[index] ?? ''}
                        onChange={(e) => chooseField(index, (e.target.value as ImportField | '') || null)}
                      >
                        <option value="">{t('exchange:importField.ignore')}</option>
                        {IMPORT_FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {t(`exchange:importField.${field}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </div>
                {mappingDuplicate && (
                  <p className="error-text" role="alert">
                    {t('errors:import.mapping_duplicate')}
                  </p>
                )}
                {!hasName && (
                  <p className="error-text" role="alert">
                    {t('errors:import.no_name_column')}
                  </p>
                )}
                {changedMapping && <p className="hint">{t('exchange:importMembers.mappingHint')}</p>}
              </fieldset>

              <p className="import-summary" aria-live="polite">
                {(['new', 'duplicate_in_file', 'duplicate_existing', 'invalid', 'blank'] as const)
                  .filter((status) => preview.counts[status] > 0)
                  .map((status) =>
                    t('exchange:importMembers.countLine', {
                      label: t(`exchange:rowStatus.${status}`),
                      count: preview.counts[status],
                    }),
                  )
                  .join(' · ')}
              </p>

              <div className="import-table-wrap">
                <table className="import-table">
                  <caption className="visually-hidden">{t('exchange:importMembers.previewHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('exchange:importMembers.rowNumber')}</th>
                      <th scope="col">{t('exchange:importMembers.status')}</th>
                      {preview.columns.map((column, index) => (
                        <th
                          scope="col"
                          key={column.index}
                          className={mapping[index] ? undefined : 'ignored'}
                          title={mapping[index] ? t(`exchange:importField.${mapping[index]}`) : undefined}
                        >
                          {column.header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                      <tr key={row.row} className={`import-row status-${row.status}`} data-status={row.status}>
                        <th scope="row">{row.row}</th>
                        <td>
                          <span className={`import-status status-${row.status}`}>
                            {t(`exchange:rowStatus.${row.status}`)}
                          </span>
                          {row.reasons.length > 0 && <span className="import-why">{reasonsText(row.reasons)}</span>}
                        </td>
                        {preview.columns.map((column, index) => (
                          <td key={column.index} className={mapping[index] ? undefined : 'ignored'}>
                            {row.cells[column.index] ?? ''}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {preview.rows.length > SHOWN_ROWS && (
                <p className="hint">
                  {t('exchange:importMembers.moreRows', { count: preview.rows.length - SHOWN_ROWS })}
                </p>
              )}

              {duplicates > 0 && (
                <fieldset className="import-duplicates">
                  <legend>{t('exchange:importMembers.duplicatesLegend', { count: duplicates })}</legend>
                  {(['skip', 'keep'] as const).map((policy) => (
                    <label key={policy} className="radio">
                      <input
                        type="radio"
                        name={`${id}-duplicates`}
                        value={policy}
                        checked={onDuplicate === policy}
                        onChange={() => setOnDuplicate(policy)}
                      />{' '}
                      {t(`exchange:importMembers.duplicate.${policy}`)}
                    </label>
                  ))}
                </fieldset>
              )}
              <p className="hint">{t('exchange:importMembers.nothingYet')}</p>
            </>
          )}
          <ErrorMessage error={commit.error} />
        </>
      )}
    </ExchangeDialog>
  );
}
