// The frame of the exchange dialogs (import, exports, backups): a native modal <dialog> like the
// PDF export's — focus moves in and comes back, Tab stays inside, Escape closes unless busy.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './exchange.css';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ExchangeDialog({
  title,
  subtitle,
  busy = false,
  wide = false,
  onClose,
  children,
  footer,
}: {
  title: string;
  subtitle?: string;
  busy?: boolean;
  wide?: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation('exchange');
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  const busyNow = useRef(busy);
  useEffect(() => {
    close.current = onClose;
    busyNow.current = busy;
  });

  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement as HTMLElement | null;
    if (element && !element.open) element.showModal();
    element?.querySelector('.exchange-body')?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      element?.close();
      if (before && document.contains(before)) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!busyNow.current) close.current();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
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

  return (
    <dialog
      ref={dialog}
      className={wide ? 'exchange-dialog wide' : 'exchange-dialog'}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        if (!busyNow.current) close.current();
      }}
    >
      <header className="exchange-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle && <p className="subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="exchange-close"
          aria-label={t('exchange:ui.close')}
          disabled={busy}
          onClick={() => close.current()}
        >
          ×
        </button>
      </header>
      <div className="exchange-body">{children}</div>
      {footer && <footer className="exchange-footer">{footer}</footer>}
    </dialog>
  );
}
