import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

export interface MenuEntry {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/**
 * A button that opens a menu in the top layer (popover): nothing clips it, a click outside or
 * Escape closes it, and the arrow keys move between its entries. The menu exists only while open
 * (an itinerary has thousands of these buttons).
 */
export function MenuButton({
  label,
  entries,
  children,
  className = '',
}: {
  label: string;
  entries: MenuEntry[];
  children: ReactNode;
  className?: string;
}) {
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // A press on the button while the menu is open closes it (light dismiss) and must not reopen it.
  const pressedWhileOpen = useRef(false);
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`menu-button ${className}`}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onPointerDown={() => {
          pressedWhileOpen.current = open;
        }}
        onClick={() => {
          if (!pressedWhileOpen.current) setOpen(true);
          pressedWhileOpen.current = false;
        }}
      >
        {children}
      </button>
      {open && <Menu id={menuId} label={label} entries={entries} anchor={button} onClose={close} />}
    </>
  );
}

function Menu({
  id,
  label,
  entries,
  anchor,
  onClose,
}: {
  id: string;
  label: string;
  entries: MenuEntry[];
  anchor: RefObject<HTMLButtonElement | null>;
  onClose: (refocus: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const menu = ref.current!;
    const hide = () => {
      if (menu.matches(':popover-open')) menu.hidePopover();
    };
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'closed') return;
      const focus = document.activeElement;
      onClose(!focus || focus === document.body || menu.contains(focus));
    };
    menu.addEventListener('toggle', onToggle);
    menu.showPopover();
    const rect = anchor.current!.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = menu;
    const below = rect.bottom + 4 + height <= window.innerHeight;
    menu.style.top = `${below ? rect.bottom + 4 : Math.max(4, rect.top - 4 - height)}px`;
    menu.style.left = `${Math.max(4, Math.min(rect.right - width, window.innerWidth - width - 4))}px`;
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    return () => {
      menu.removeEventListener('toggle', onToggle);
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
    };
  }, [anchor, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Tab') ref.current?.hidePopover();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} id={id} className="menu" role="menu" aria-label={label} popover="auto" onKeyDown={onKeyDown}>
      {entries.map((entry) => (
        <button
          key={entry.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={entry.danger ? 'menu-danger' : undefined}
          onClick={() => {
            // Back to the menu button first, so a dialog the entry opens returns the focus there.
            anchor.current?.focus();
            ref.current?.hidePopover();
            entry.onSelect();
          }}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
