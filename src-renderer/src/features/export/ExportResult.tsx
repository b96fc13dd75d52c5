// The export dialog's last step: the written PDF (pages, size, name) and a copy where the user wants
// it — the desktop app's Save dialog, or a download in browser mode (files.saveAs).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammePdf } from '../../../../src-main/shared/contract/export-schemas';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSaveExported } from './queries';

/** "245 KB" / "1.2 MB", numbers in the interface language. */
export function useFileSize() {
  const { t, i18n } = useTranslation('export');
  return (bytes: number) => {
    if (bytes < 1024 * 1024) {
      const n = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
      return t('export:result.kb', { n });
    }
    const n = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
    return t('export:result.mb', { n });
  };
}

export function ExportResult({
  result,
  headingId,
  onAgain,
  onClose,
}: {
  result: ProgrammePdf;
  headingId: string;
  onAgain: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('export');
  const size = useFileSize();
  const save = useSaveExported();
  const primary = useRef<HTMLButtonElement>(null);
  // The desktop app has the preload bridge and its Save dialog; browser mode downloads.
  const desktop = typeof window !== 'undefined' && Boolean(window.svp);

  useEffect(() => {
    primary.current?.focus();
  }, []);

  const saved = save.data;
  return (
    <div className="export-result">
      <div className="modal-body export-body">
        <h3 id={headingId} className="export-result-heading">
          <span aria-hidden="true">✓ </span>
          {t('export:result.heading')}
        </h3>
        <dl className="export-facts">
          <div>
            <dt>{t('export:result.file')}</dt>
            <dd>
              <code>{result.fileName}</code>
            </dd>
          </div>
          <div>
            <dt>{t('export:result.pages')}</dt>
            <dd>{result.pages}</dd>
          </div>
          <div>
            <dt>{t('export:result.size')}</dt>
            <dd>{size(result.bytes)}</dd>
          </div>
        </dl>
        {desktop && <p className="hint export-path">{t('export:result.keptIn', { path: result.path })}</p>}
        <div aria-live="polite">
          {saved?.status === 'saved' && (
            <p className="export-saved">{t('export:result.saved', { path: saved.path })}</p>
          )}
          {saved?.status === 'download' && <p className="export-saved">{t('export:result.downloadStarted')}</p>}
        </div>
        <ErrorMessage error={save.error} />
      </div>
      <footer className="export-footer">
        <button type="button" onClick={onAgain}>
          {t('export:result.again')}
        </button>
        <span className="export-spacer" />
        <button type="button" onClick={onClose}>
          {t('export:result.close')}
        </button>
        <button
          type="button"
          ref={primary}
          className="primary"
          disabled={save.isPending}
          onClick={() => save.mutate(result.path)}
        >
          {desktop ? t('export:result.saveAs') : t('export:result.download')}
        </button>
      </footer>
    </div>
  );
}
