// The behaviour every modal <dialog> of the app shares: shown modal from the first frame, focus moved
// in (to `initialFocus`) and given back on close, Tab kept inside, Escape closing — unless busy.
import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useModalDialog({
  busy,
  onClose,
  initialFocus,
}: {
  busy: boolean;
  onClose: () => void;
  /** Selector, inside the dialog, of the element to focus first. */
  initialFocus: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef({ busy, onClose });
  useEffect(() => {
    latest.current = { busy, onClose };
  });
  const focusSelector = useRef(initialFocus);

  useEffect(() => {
    const element = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (element && !element.open) element.showModal();
    element?.querySelector<HTMLElement>(focusSelector.current)?.focus();
    return () => {
      element?.close();
      if (before && document.contains(before)) before.focus();
    };
  }, []);

  const requestClose = () => {
    if (!latest.current.busy) latest.current.onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = ref.current;
    if (event.key === 'Escape') {
      // Handled here, not by the native cancel, so a busy dialog stays open.
      event.preventDefault();
      event.stopPropagation();
      requestClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog) return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const outside = !dialog.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || outside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || outside)) {
      event.preventDefault();
      first.focus();
    }
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    requestClose();
  };

  return { ref, onKeyDown, onCancel, requestClose };
}
