// Events the main process pushes to the page (the contract's other direction). They all travel on
// ONE IPC channel, EVENT_CHANNEL, as { name, payload }; the preload hands each listener only the
// payload of the events it asked for, through window.svp.onEvent(name, callback).
import type { UiLanguage } from '../domain/vocabulary';

/** Menu items that are actions of the page: the page decides what they mean where the user is. */
export const MENU_COMMANDS = ['newWorkspace', 'exportPdf', 'importMembers', 'backups', 'find', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventMap {
  /** A menu item (or its keyboard shortcut) asked the page to do something. */
  'menu.command': { command: MenuCommand };
  /** The data changed behind the page's back (another workspace was opened from the menu): refetch everything. */
  'data.changed': { reason: 'workspace' };
  /** The interface language was chosen in the menu (and already saved): the page follows. */
  'language.changed': { language: UiLanguage };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES = ['menu.command', 'data.changed', 'language.changed'] as const satisfies readonly EventName[];

/** The one IPC channel every main → renderer event travels on. */
export const EVENT_CHANNEL = 'svp:event';

export interface EventMessage<E extends EventName = EventName> {
  name: E;
  payload: EventMap[E];
}

/** Subscribes to one event; returns the function that unsubscribes. */
export type OnEvent = <E extends EventName>(name: E, callback: (payload: EventMap[E]) => void) => () => void;

export const isEventName = (name: unknown): name is EventName => EVENT_NAMES.includes(name as EventName);
