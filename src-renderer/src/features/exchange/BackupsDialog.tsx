// The workspace's backups (backups.list): when, why and how large, newest first; "Back up now"
// (backups.create); and "Restore", after a confirmation that says the current state is saved first
// (backups.restore makes that safety backup). A restore replaces everything: every query is refetched.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../src-main/shared/contract/exchange-schemas';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { showToast } from '../../ui/Toast';
import { useFileSize } from '../export/ExportResult';
import { ExchangeDialog } from './ExchangeDialog';
import { useBackups, useCreateBackup, useRestoreBackup } from './queries';

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('exchange');
  const size = useFileSize();
  const backups = useBackups(true);
  const create = useCreateBackup();
  const restore = useRestoreBackup();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  // "23 November 2026 at 12:43" / "2026年11月23日 12:43": 24-hour in both languages (glossary).
  const when = new Intl.DateTimeFormat(i18n.language.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
  const format = (iso: string) => when.format(new Date(iso));

  const doRestore = () => {
    if (!confirming) return;
    restore.mutate(confirming.path, {
      onSuccess: ({ restored }) => {
        setConfirming(null);
        onClose();
        showToast({ message: () => t('exchange:backups.restoredToast', { when: format(restored.createdAt) }) });
      },
    });
  };

  const list = [...(backups.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const busy = restore.isPending || create.isPending;

  if (confirming) {
    return (
      <ExchangeDialog
        title={t('exchange:backups.confirmTitle')}
        busy={restore.isPending}
        onClose={() => {
          setConfirming(null);
          restore.reset();
        }}
        footer={
          <>
            <span className="exchange-spacer" />
            <button
              type="button"
              disabled={restore.isPending}
              onClick={() => {
                setConfirming(null);
                restore.reset();
              }}
            >
              {t('exchange:ui.cancel')}
            </button>
            <button type="button" className="danger-solid" disabled={restore.isPending} onClick={doRestore}>
              {restore.isPending ? t('exchange:backups.restoring') : t('exchange:backups.confirmRestore')}
            </button>
          </>
        }
      >
        <p>{t('exchange:backups.confirmBody', { when: format(confirming.createdAt) })}</p>
        <p>{t('exchange:backups.confirmSafety')}</p>
        <ErrorMessage error={restore.error} />
      </ExchangeDialog>
    );
  }

  return (
    <ExchangeDialog
      title={t('exchange:backups.title')}
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <button type="button" disabled={busy} onClick={() => create.mutate()}>
            {create.isPending ? t('exchange:backups.creating') : t('exchange:backups.create')}
          </button>
          <span className="exchange-spacer" />
          <button type="button" className="primary" onClick={onClose} disabled={busy}>
            {t('exchange:ui.close')}
          </button>
        </>
      }
    >
      <p className="hint">{t('exchange:backups.intro')}</p>
      <ErrorMessage error={backups.error ?? create.error} />
      {create.data && !create.isPending && (
        <p className="export-saved" role="status">
          {t('exchange:backups.created', { when: format(create.data.createdAt) })}
        </p>
      )}
      {backups.isPending && <p className="muted">{t('exchange:backups.loading')}</p>}
      {backups.isSuccess && list.length === 0 && <p className="muted">{t('exchange:backups.none')}</p>}
      {list.length > 0 && (
        <div className="import-table-wrap">
          <table className="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('exchange:backups.when')}</th>
                <th scope="col">{t('exchange:backups.reason')}</th>
                <th scope="col">{t('exchange:backups.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exchange:backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.path} data-reason={backup.reason}>
                  <td title={backup.fileName}>{format(backup.createdAt)}</td>
                  <td>{t(`exchange:backupReason.${backup.reason}`)}</td>
                  <td className="numeric">{size(backup.bytes)}</td>
                  <td>
                    <button type="button" className="small" disabled={busy} onClick={() => setConfirming(backup)}>
                      {t('exchange:backups.restore')}
                      <span className="visually-hidden"> {format(backup.createdAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ExchangeDialog>
  );
}
