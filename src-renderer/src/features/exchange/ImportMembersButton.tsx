// "Import members…" on a delegation card, and the desktop menu's File → Import members… while the
// delegations of a visit are on screen (ImportMembersMenuCommand): both open ImportMembersDialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { useDesktopEvent } from '../desktop/useMenuCommands';
import { ImportMembersDialog } from './ImportMembersDialog';

export function ImportMembersButton({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation('exchange');
  const pick = useBilingual();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('exchange:importMembers.open')}
        <span className="visually-hidden"> {pick(delegation.name)}</span>
      </button>
      {open && (
        <ImportMembersDialog
          delegations={[delegation]}
          initialDelegationId={delegation.id}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

/** Mounted with a visit's delegations: the menu command opens the dialog (with a delegation choice). */
export function ImportMembersMenuCommand({ delegations }: { delegations: Delegation[] }) {
  const [open, setOpen] = useState(false);
  useDesktopEvent('menu.command', ({ command }) => {
    if (command === 'importMembers' && delegations.length > 0 && !document.querySelector('dialog[open]')) {
      setOpen(true);
    }
  });
  if (!open || delegations.length === 0) return null;
  return (
    <ImportMembersDialog
      delegations={delegations}
      initialDelegationId={delegations[0].id}
      onClose={() => setOpen(false)}
    />
  );
}
