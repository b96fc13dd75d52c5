// "Other exports…" beside "Export PDF…": the participant list (参会人员名单) as XLSX or CSV, the
// calendar (.ics, in the interface language; for everyone in scope or one person) and the visit package
// (one JSON file). Each is written by
// the services, then kept by the user: the Save dialog in the desktop app, a download in browser mode.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useMemberName } from '../delegations/MembersList';
import { useVisitMembers } from '../itinerary/queries';
import { useFileSize } from '../export/ExportResult';
import { ExchangeDialog } from './ExchangeDialog';
import { useExchangeExport, type ExchangeExport } from './queries';

type Action = 'participantsXlsx' | 'participantsCsv' | 'calendar' | 'visitPackage';
const ACTIONS: Action[] = ['participantsXlsx', 'participantsCsv', 'calendar', 'visitPackage'];

export function ExportFilesButton({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation('exchange');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="export-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('exchange:exports.open')}
      </button>
      {open && <ExportFilesDialog key={detail.visit.id} detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportFilesDialog({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation('exchange');
  const pick = useBilingual();
  const size = useFileSize();
  const id = useId();
  const nameOf = useMemberName();
  const [delegationId, setDelegationId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [last, setLast] = useState<Action | null>(null);
  const run = useExchangeExport();
  const visitId = detail.visit.id;
  const scope = delegationId ? { delegationId } : {};
  const members = useVisitMembers(detail.delegations).filter((m) => !delegationId || m.delegationId === delegationId);

  const jobFor = (action: Action): ExchangeExport => {
    switch (action) {
      case 'participantsXlsx':
        return { kind: 'participants', input: { visitId, ...scope, format: 'xlsx' } };
      case 'participantsCsv':
        return { kind: 'participants', input: { visitId, ...scope, format: 'csv' } };
      case 'calendar':
        return {
          kind: 'calendar',
          input: {
            visitId,
            ...(memberId ? { memberId } : scope),
            lang: i18n.language.startsWith('zh') ? 'zh' : 'en',
          },
        };
      case 'visitPackage':
        return { kind: 'visitPackage', input: { visitId } };
    }
  };

  const start = (action: Action) => {
    if (run.isPending) return;
    setLast(action);
    run.mutate(jobFor(action));
  };

  const done = run.data;
  return (
    <ExchangeDialog
      title={t('exchange:exports.title')}
      subtitle={pick(detail.visit.title)}
      busy={run.isPending}
      onClose={onClose}
      footer={
        <>
          <span className="exchange-spacer" />
          <button type="button" onClick={onClose} disabled={run.isPending}>
            {t('exchange:ui.close')}
          </button>
        </>
      }
    >
      {detail.delegations.length > 0 && (
        <label className="field">
          <span>{t('exchange:exports.scope')}</span>
          <select
            value={delegationId}
            onChange={(e) => {
              setDelegationId(e.target.value);
              setMemberId('');
            }}
          >
            <option value="">{t('exchange:exports.wholeVisit')}</option>
            {detail.delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {pick(d.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      {members.length > 0 && (
        <label className="field">
          <span>{t('exchange:exports.calendarFor')}</span>
          <select value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="">{t('exchange:exports.calendarEveryone')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {nameOf(m)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul className="exchange-actions" aria-describedby={`${id}-hint`}>
        {ACTIONS.map((action) => (
          <li key={action}>
            {/* aria-disabled, not disabled: the pressed button keeps the focus while its file is written. */}
            <button type="button" aria-disabled={run.isPending} onClick={() => start(action)}>
              {t(`exchange:exports.${action}`)}
            </button>
            <span className="hint">{t(`exchange:exports.${action}Hint`)}</span>
          </li>
        ))}
      </ul>
      <p className="hint" id={`${id}-hint`}>
        {t('exchange:exports.hint')}
      </p>
      <div aria-live="polite">
        {run.isPending && <p className="muted">{t('exchange:exports.working')}</p>}
        {done && !run.isPending && last && (
          <p className="export-saved">
            {done.saved.status === 'saved'
              ? t('exchange:exports.saved', { fileName: done.fileName, path: done.saved.path })
              : done.saved.status === 'download'
                ? t('exchange:exports.downloaded', { fileName: done.fileName, size: size(done.bytes) })
                : t('exchange:exports.cancelled', { fileName: done.fileName })}
          </p>
        )}
      </div>
      <ErrorMessage error={run.error} />
    </ExchangeDialog>
  );
}
