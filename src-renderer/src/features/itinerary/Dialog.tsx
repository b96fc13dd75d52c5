import { useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog>: focus stays inside, Escape cancels, focus returns to where
 * it was. The body is a form: Enter or the submit button calls onSubmit.
 */
export function Dialog({
  title,
  onClose,
  onSubmit,
  submitLabel,
  busy = false,
  wide = false,
  children,
  extraActions,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  wide?: boolean;
  children: ReactNode;
  extraActions?: ReactNode;
}) {
  const { t } = useTranslation(['common', 'itinerary']);
  const ref = useRef<HTMLDialogElement>(null);
  // Read while rendering, before any field inside takes the focus: where to give it back on close.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const headingId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    // A field that asked for focus (autoFocus runs before this effect) keeps it; else the first field.
    // Left alone, showModal would focus the first control: the × in the header.
    const asked = dialog?.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    if (dialog && !dialog.open) dialog.showModal();
    (
      asked ?? dialog?.querySelector<HTMLElement>('.sv-dialog-form > :not(header) :is(input, select, textarea)')
    )?.focus();
    return () => {
      // Close before React removes the element, and give the focus back to where it was.
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className={`sv-dialog${wide ? ' sv-dialog-wide' : ''}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="sv-dialog-form form" onSubmit={submit} noValidate>
        <header className="sv-dialog-header">
          <h2 id={headingId}>{title}</h2>
          <button type="button" className="sv-dialog-close" aria-label={t('itinerary:dialog.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="sv-dialog-body">{children}</div>
        <footer className="sv-dialog-footer">
          {extraActions}
          <span className="sv-dialog-spacer" />
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
