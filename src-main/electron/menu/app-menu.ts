// The application menu in the running app: builds it from the pure template with what the open
// workspace says (language, recent workspaces, undo/redo), rebuilds it when that changes, and
// carries out its actions (native dialogs in main, page actions as `menu.command` events).
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions } from 'electron';
import type { App } from '../../services';
import type { EventMap, EventName } from '../../shared/contract/events';
import type { UiLanguage } from '../../shared/domain/vocabulary';
import { buildMenuTemplate, type MenuAction, type MenuInput } from './menu-template';
import { languageForLocale, menuTranslator } from './menu-labels';

type Electron = typeof import('electron');

export interface AppMenuOptions {
  electron: Pick<Electron, 'Menu' | 'dialog' | 'shell' | 'app'>;
  platform: NodeJS.Platform;
  appName: string;
  version: string;
  getApp(): App | undefined;
  getWindow(): BrowserWindow | undefined;
  /** Pushes an event to the page (events.ts). */
  send<E extends EventName>(name: E, payload: EventMap[E]): void;
}

export interface AppMenu {
  /** Rebuilds the menu if what it shows changed (cheap to call after every IPC call). */
  refresh(): Promise<void>;
  /** The language the menu and the native dialogs speak now. */
  language(): UiLanguage;
  dispatch(action: MenuAction): Promise<void>;
  /** Opens a workspace file (the Open dialog's choice): switches, refreshes, tells the page. */
  openWorkspaceFile(path: string): Promise<boolean>;
}

export function createAppMenu(options: AppMenuOptions): AppMenu {
  const { electron, platform } = options;
  const { Menu, dialog, shell, app } = electron;
  let lastKey = '';
  // Until the first build (after app ready, when app.getLocale() answers), English.
  let currentLanguage: UiLanguage = 'en';
  let queue = Promise.resolve();

  const readInput = async (services: App): Promise<MenuInput> => {
    const [settings, history, workspaces] = await Promise.all([
      services.handlers['settings.get']({}),
      services.handlers['history.state']({}),
      services.handlers['workspaces.list']({}),
    ]);
    return {
      language: settings.language ?? languageForLocale(app.getLocale?.()),
      platform,
      state: {
        recentWorkspaces: workspaces.recent.map(({ path, name, isDemo }) => ({ path, name, isDemo })),
        canUndo: history.canUndo,
        canRedo: history.canRedo,
        appName: options.appName,
        version: options.version,
      },
    };
  };

  const rebuild = async () => {
    const services = options.getApp();
    if (!services) return;
    const input = await readInput(services);
    const key = JSON.stringify(input);
    if (key === lastKey) return;
    lastKey = key;
    currentLanguage = input.language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(input, (action) => void dispatch(action))));
  };

  // One rebuild at a time, in order; a failure is logged and never reaches the caller.
  const refresh = () => {
    queue = queue.then(rebuild).catch((error: unknown) => console.error('[svp] menu:', error));
    return queue;
  };

  const t = () => menuTranslator(currentLanguage);
  const showError = (title: string, detail: string) => dialog.showErrorBox(title, detail);

  const workspaceSwitched = async () => {
    await refresh();
    options.send('data.changed', { reason: 'workspace' });
  };

  const openWorkspaceFile = async (path: string): Promise<boolean> => {
    const services = options.getApp();
    if (!services) return false;
    try {
      await services.openWorkspaceFile(path);
    } catch (error) {
      showError(t()('dialogs.openFailed'), `${path}\n\n${(error as Error).message}`);
      return false;
    }
    await workspaceSwitched();
    return true;
  };

  const showOpenDialog = async () => {
    const services = options.getApp();
    if (!services) return;
    const window = options.getWindow();
    const dialogOptions: OpenDialogOptions = {
      title: t()('dialogs.openWorkspaceTitle'),
      defaultPath: services.dataDir,
      properties: ['openFile'],
      filters: [{ name: t()('dialogs.workspaceFiles'), extensions: ['sqlite'] }],
    };
    const result = window
      ? await dialog.showOpenDialog(window, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const [path] = result.filePaths;
    if (result.canceled || !path) return;
    await openWorkspaceFile(path);
  };

  const showAbout = async () => {
    const labels = t();
    const messageBox: MessageBoxOptions = {
      type: 'info',
      title: labels('help.about', { appName: labels('appName') }),
      message: `${options.appName} · 考察访问规划`,
      detail: labels('dialogs.version', { version: options.version }),
      buttons: [labels('dialogs.ok')],
    };
    const window = options.getWindow();
    await (window ? dialog.showMessageBox(window, messageBox) : dialog.showMessageBox(messageBox));
  };

  const dispatch = async (action: MenuAction): Promise<void> => {
    const services = options.getApp();
    switch (action.type) {
      case 'command':
        options.send('menu.command', { command: action.command });
        return;
      case 'openWorkspace':
        return showOpenDialog();
      case 'openRecent': {
        if (!services) return;
        const result = await services.call('workspaces.open', { path: action.path });
        if (!result.ok) {
          showError(t()('dialogs.openFailed'), action.path);
          await refresh(); // a file that disappeared drops out of the list
          return;
        }
        return workspaceSwitched();
      }
      case 'setLanguage': {
        if (!services) return;
        const result = await services.call('settings.setLanguage', { language: action.language });
        await refresh();
        if (result.ok) options.send('language.changed', { language: action.language });
        return;
      }
      case 'about':
        return showAbout();
      case 'openDataFolder':
        if (services) await shell.openPath(services.dataDir);
        return;
    }
  };

  return { refresh, dispatch, openWorkspaceFile, language: () => currentLanguage };
}
