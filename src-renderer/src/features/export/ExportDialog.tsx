// Issue 5: export a visit's programme (日程安排) to PDF. The user picks what to print (the whole visit,
// one leg, one delegation's or one member's programme), the language (English, 中文, or 中英对照 in two
// columns or stacked), the paper and the options; a debounced export.programmeCheck shows what will be
// printed and which texts lack a translation (each with a way to fix it); export.programmePdf prints
// it (a few seconds); files.saveAs keeps a copy where the user wants it.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, VisitDetail } from '../../../../src-main/shared/contract/entities';
import type { ProgrammePdf } from '../../../../src-main/shared/contract/export-schemas';
import { useBilingual } from '../../i18n/bilingual';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useModalDialog } from '../../ui/useModalDialog';
import { CheckPanel } from './CheckPanel';
import { initialChoices, rememberChoices, toInput, type ExportChoices, type ResolvedScope } from './choices';
import { ExportOptions } from './ExportOptions';
import { ExportResult } from './ExportResult';
import { useExportPdf, useMembersByDelegation, useProgrammeCheck } from './queries';
import '../../ui/modal-dialog.css';
import './export.css';

/** The chosen leg, delegation and member while they exist, else the first of each. */
function resolveScope(detail: VisitDetail, members: Member[][], choices: ExportChoices): ResolvedScope {
  const legId = detail.legs.find((l) => l.id === choices.legId)?.id ?? detail.legs[0]?.id ?? '';
  const index = Math.max(
    0,
    detail.delegations.findIndex((d) => d.id === choices.delegationId),
  );
  const delegationId = detail.delegations[index]?.id ?? '';
  const list = members[index] ?? [];
  const memberId = list.find((m) => m.id === choices.memberId)?.id ?? list[0]?.id ?? '';
  return { legId, delegationId, memberId };
}

export function ExportDialog({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) {
  const { t } = useTranslation('export');
  const pick = useBilingual();
  const titleId = useId();
  const resultHeadingId = useId();
  const noteId = useId();
  const progress = useRef<HTMLDivElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  const [choices, setChoices] = useState(initialChoices);
  const [result, setResult] = useState<ProgrammePdf | null>(null);
  const members = useMembersByDelegation(detail.delegations);
  const scope = resolveScope(detail, members, choices);
  const input = toInput(detail.visit.id, choices, scope);
  const { query: check, current } = useProgrammeCheck(input);
  const exportPdf = useExportPdf();
  const printing = exportPdf.isPending;

  const {
    ref: dialog,
    onKeyDown,
    onCancel,
  } = useModalDialog({
    busy: printing,
    onClose,
    initialFocus: 'input[type="radio"]:checked',
  });

  // While printing, focus rests on the progress message; after a failure, on the export button again.
  const wasPrinting = useRef(false);
  useEffect(() => {
    if (printing) progress.current?.focus();
    else if (wasPrinting.current && !result) exportButton.current?.focus();
    wasPrinting.current = printing;
  }, [printing, result]);

  const change = (patch: Partial<ExportChoices>) => {
    setChoices((previous) => ({ ...previous, ...patch }));
    if (exportPdf.error) exportPdf.reset();
  };

  const start = () => {
    if (!input || printing) return;
    rememberChoices(choices);
    exportPdf.mutate(input, { onSuccess: (written) => setResult(written) });
  };

  const missingCount = current ? (check.data?.missing.length ?? 0) : 0;
  const canExport = input !== null && current && !printing;

  return (
    <dialog
      ref={dialog}
      className="modal-dialog export-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-busy={printing}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <header className="modal-header">
        <div>
          <h2 id={titleId}>{t('export:title')}</h2>
          <p className="subtitle">{pick(detail.visit.title)}</p>
        </div>
        <button
          type="button"
          className="modal-close"
          aria-label={t('export:close')}
          disabled={printing}
          onClick={onClose}
        >
          ×
        </button>
      </header>

      {result ? (
        <ExportResult
          result={result}
          headingId={resultHeadingId}
          onAgain={() => {
            setResult(null);
            exportPdf.reset();
            requestAnimationFrame(() => exportButton.current?.focus());
          }}
          onClose={onClose}
        />
      ) : printing ? (
        <div className="modal-body export-body export-progress" ref={progress} tabIndex={-1} role="status">
          <progress aria-label={t('export:progress.printing')} />
          <p>
            <strong>{t('export:progress.printing')}</strong>
          </p>
          <p className="hint">{t('export:progress.hint')}</p>
        </div>
      ) : (
        <>
          <div className="modal-body export-body">
            <div className="export-columns">
              <ExportOptions
                detail={detail}
                members={members}
                choices={choices}
                scope={scope}
                onChange={change}
                disabled={printing}
              />
              <CheckPanel
                detail={detail}
                members={members.flat()}
                check={check}
                current={current}
                complete={input !== null}
                onLeave={onClose}
              />
            </div>
            <ErrorMessage error={exportPdf.error} />
          </div>
          <footer className="export-footer">
            {missingCount > 0 && (
              <p className="export-anyway-note" id={noteId}>
                {t('export:actions.anywayNote')}
              </p>
            )}
            <span className="export-spacer" />
            <button type="button" onClick={onClose}>
              {t('export:actions.cancel')}
            </button>
            <button
              type="button"
              ref={exportButton}
              className="primary"
              disabled={!canExport}
              aria-describedby={missingCount > 0 ? noteId : undefined}
              onClick={start}
            >
              {missingCount > 0 ? t('export:actions.exportAnyway') : t('export:actions.export')}
            </button>
          </footer>
        </>
      )}
    </dialog>
  );
}
