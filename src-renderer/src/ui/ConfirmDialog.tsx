import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import './ui.css';

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  /** The confirming button's text, e.g. "Delete study visit". */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Styles the confirming button as destructive. */
  danger?: boolean;
  /** While the action runs: the buttons are disabled. */
  busy?: boolean;
  /** A failure of the action, shown translated inside the dialog. */
  error?: unknown;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal question before something hard to take back. role="dialog" with aria-modal; focus starts on
 * Cancel (the safe answer), stays inside while open, and returns where it was; Escape cancels.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = false,
  busy = false,
  error,
}: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancelButton.current?.focus();
    return () => {
      if (before && document.contains(before)) before.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      cancel.current();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={children ? `${id}-body` : undefined}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children && (
          <div id={`${id}-body`} className="dialog-body">
            {children}
          </div>
        )}
        <ErrorMessage error={error} />
        <div className="dialog-actions">
          <button type="button" ref={cancelButton} onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="button" className={danger ? 'danger-solid' : 'primary'} onClick={onConfirm} disabled={busy}>
            {busy ? t('working') : confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** What a deletion's react-query mutation offers the dialog that confirms it. */
interface DeletionState {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/** Confirms a deletion run by `mutation`: busy while it runs, its failure shown, forgotten on Cancel. */
export function ConfirmDeletion({
  mutation,
  onCancel,
  ...props
}: Omit<ConfirmDialogProps, 'busy' | 'error' | 'danger'> & { mutation: DeletionState }) {
  return (
    <ConfirmDialog
      {...props}
      danger
      busy={mutation.isPending}
      error={mutation.error}
      onCancel={() => {
        onCancel();
        mutation.reset();
      }}
    />
  );
}
