// "Export PDF…" beside a visit's heading, and the desktop menu's File → Export PDF (exportPdf) while
// a visit is open: both open the export dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../src-main/shared/contract/entities';
import { useDesktopEvent } from '../desktop/useMenuCommands';
import { ExportDialog } from './ExportDialog';
import './export.css';

export function ExportPdfButton({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  useDesktopEvent('menu.command', ({ command }) => {
    if (command === 'exportPdf') setOpen(true);
  });
  return (
    <>
      <button type="button" className="export-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('export:open')}
      </button>
      {open && <ExportDialog key={detail.visit.id} detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}
