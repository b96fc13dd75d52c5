// The frame of the exchange dialogs (import, exports, backups): a native modal <dialog> with the
// app's shared dialog behaviour (ui/useModalDialog).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/useModalDialog';
import '../../ui/modal-dialog.css';
import './exchange.css';

const FOCUSABLE_FIRST = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea';

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
  const { ref, onKeyDown, onCancel, requestClose } = useModalDialog({
    busy,
    onClose,
    initialFocus: `.exchange-body :is(${FOCUSABLE_FIRST})`,
  });

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal-dialog exchange-dialog wide' : 'modal-dialog exchange-dialog'}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <header className="modal-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle && <p className="subtitle">{subtitle}</p>}
        </div>
        <button
          type="button"
          className="modal-close"
          aria-label={t('exchange:ui.close')}
          disabled={busy}
          onClick={requestClose}
        >
          ×
        </button>
      </header>
      <div className="modal-body exchange-body">{children}</div>
      {footer && <footer className="exchange-footer">{footer}</footer>}
    </dialog>
  );
}
