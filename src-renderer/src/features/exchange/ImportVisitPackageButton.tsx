// "Import visit package…" on the visits list: a visit package (JSON, from `export.visitPackage` on
// another computer) becomes a new visit. Places and sites the workspace already has are reused, not
// copied; the dialog lists them with the details that differ (the workspace's were kept).
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchedRecord, VisitPackageImport } from '../../../../src-main/shared/contract/exchange-schemas';
import { navigate } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExchangeDialog } from './ExchangeDialog';
import { fileToBase64, FileTooLarge } from './fileToBase64';
import { useImportVisitPackage } from './queries';

export function ImportVisitPackageButton() {
  const { t } = useTranslation('exchange');
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportVisitPackage();
  const [readError, setReadError] = useState<string | null>(null);
  const [result, setResult] = useState<VisitPackageImport | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setReadError(null);
    importer.reset();
    if (!file) return;
    try {
      const contentBase64 = await fileToBase64(file);
      importer.mutate({ fileName: file.name, contentBase64 }, { onSuccess: (answer) => setResult(answer) });
    } catch (error) {
      setReadError(error instanceof FileTooLarge ? 'exchange:importMembers.tooLarge' : 'errors:package.invalid');
    }
  };

  return (
    <div className="import-package">
      <button type="button" disabled={importer.isPending} onClick={() => input.current?.click()}>
        {importer.isPending ? t('exchange:package.importing') : t('exchange:package.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('exchange:package.open')}
        onChange={(e) => void onFile(e)}
      />
      {readError && (
        <div className="error-message" role="alert">
          <p>{t(readError)}</p>
        </div>
      )}
      <ErrorMessage error={importer.error} />
      {result && <PackageResult result={result} onClose={() => setResult(null)} />}
    </div>
  );
}

function PackageResult({ result, onClose }: { result: VisitPackageImport; onClose: () => void }) {
  const { t } = useTranslation('exchange');
  const counts = result.counts;
  const openVisit = () => {
    onClose();
    navigate({ screen: 'visit', visitId: result.visitId });
  };
  return (
    <ExchangeDialog
      title={t('exchange:package.resultTitle')}
      onClose={onClose}
      footer={
        <>
          <span className="exchange-spacer" />
          <button type="button" onClick={onClose}>
            {t('exchange:ui.close')}
          </button>
          <button type="button" className="primary" onClick={openVisit}>
            {t('exchange:package.openVisit')}
          </button>
        </>
      }
    >
      <p>
        {t('exchange:package.counts', {
          legs: counts.legs,
          delegations: counts.delegations,
          members: counts.members,
          items: counts.items,
          places: counts.places,
          sites: counts.sites,
        })}
      </p>
      <MatchedList heading={t('exchange:package.matchedPlaces')} records={result.matchedPlaces} />
      <MatchedList heading={t('exchange:package.matchedSites')} records={result.matchedSites} />
    </ExchangeDialog>
  );
}

function MatchedList({ heading, records }: { heading: string; records: MatchedRecord[] }) {
  const { t } = useTranslation('exchange');
  const pick = useBilingual();
  if (records.length === 0) return null;
  return (
    <section className="matched-records">
      <h3>{heading}</h3>
      <ul>
        {records.map((record) => (
          <li key={record.packageId}>
            <strong>{pick(record.name)}</strong>{' '}
            <span className="muted">{t(`exchange:package.matchedBy.${record.matchedBy}`)}</span>
            {record.differences.length > 0 && (
              <div className="hint">
                {t('exchange:package.differences', {
                  fields: record.differences
                    .map((field) => t(`exchange:package.field.${field}`, { defaultValue: field }))
                    .join(t('exchange:ui.listSeparator')),
                })}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
