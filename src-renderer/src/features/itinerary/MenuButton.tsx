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
  const closedAt = useRef(0);
  const close = useCallback((refocus: boolean) => {
    closedAt.current = performance.now();
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
        onClick={() => {
          // A click on the button while open first closes the menu (light dismiss): keep it closed.
          if (performance.now() - closedAt.current > 250) setOpen(true);
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
