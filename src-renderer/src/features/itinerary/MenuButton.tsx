import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export interface MenuEntry {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/**
 * A button that opens a menu in the top layer (popover): nothing clips it, a click outside or
 * Escape closes it, and the arrow keys move between its entries. The entries exist only while it is
 * open (an itinerary has thousands of these buttons).
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
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const close = () => element.hidePopover();
    const beforeToggle = (event: Event) => {
      const opening = (event as ToggleEvent).newState === 'open';
      flushSync(() => setOpen(opening));
    };
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') {
        window.removeEventListener('scroll', close, true);
        window.removeEventListener('resize', close);
        return;
      }
      const anchor = button.current!.getBoundingClientRect();
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      const below = anchor.bottom + 4 + height <= window.innerHeight;
      element.style.top = `${below ? anchor.bottom + 4 : Math.max(4, anchor.top - 4 - height)}px`;
      element.style.left = `${Math.max(4, Math.min(anchor.right - width, window.innerWidth - width - 4))}px`;
      element.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
      window.addEventListener('scroll', close, true);
      window.addEventListener('resize', close);
    };
    element.addEventListener('beforetoggle', beforeToggle);
    element.addEventListener('toggle', onToggle);
    return () => {
      element.removeEventListener('beforetoggle', beforeToggle);
      element.removeEventListener('toggle', onToggle);
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Tab') menu.current?.hidePopover();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

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
        aria-controls={menuId}
        popoverTarget={menuId}
      >
        {children}
      </button>
      <div ref={menu} id={menuId} className="menu" role="menu" aria-label={label} popover="auto" onKeyDown={onKeyDown}>
        {open &&
          entries.map((entry) => (
            <button
              key={entry.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={entry.danger ? 'menu-danger' : undefined}
              onClick={() => {
                menu.current?.hidePopover();
                entry.onSelect();
              }}
            >
              {entry.label}
            </button>
          ))}
      </div>
    </>
  );
}
