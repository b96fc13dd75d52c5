// The application menu as data: one pure function of the language, the platform and what the menu
// shows (recent workspaces, undo/redo state). Clicks only call `dispatch` with a MenuAction; the
// shell (app-menu.ts) decides what each action does. Unit-tested in tests/unit/menu.test.ts.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/events';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/domain/vocabulary';
import { menuTranslator } from './menu-labels';

export interface RecentWorkspace {
  path: string;
  name: string;
  /** The example workspace: shown under its translated name. */
  isDemo?: boolean;
}

export interface MenuState {
  /** Most recent first. */
  recentWorkspaces: RecentWorkspace[];
  canUndo: boolean;
  canRedo: boolean;
  /** The product name (the macOS application menu's title). */
  appName: string;
  version: string;
}

export interface MenuInput {
  language: UiLanguage;
  platform: NodeJS.Platform;
  state: MenuState;
}

/** What a click asks of the shell. */
export type MenuAction =
  | { type: 'command'; command: MenuCommand }
  | { type: 'openWorkspace' }
  | { type: 'openRecent'; path: string }
  | { type: 'setLanguage'; language: UiLanguage }
  | { type: 'about' }
  | { type: 'openDataFolder' };

/** Language names are shown in their own language, so a user can always find theirs. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  { language, platform, state }: MenuInput,
  dispatch: (action: MenuAction) => void = () => undefined,
): MenuItemConstructorOptions[] {
  const t = menuTranslator(language);
  const mac = platform === 'darwin';
  const appName = t('appName');
  /** Top-level titles carry an Alt-key mnemonic ("&File", "文件(&F)") that macOS does not use. */
  const title = (key: string) =>
    mac
      ? t(key)
          .replace(/\(&\w\)$/, '')
          .replace(/&/g, '')
      : t(key);
  /** A name the user chose: a lone "&" would become a mnemonic on Windows and Linux. */
  const literal = (text: string) => (mac ? text : text.replace(/&/g, '&&'));
  const command = (id: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label: t(id),
    ...(accelerator ? { accelerator } : {}),
    click: () => dispatch({ type: 'command', command: name }),
  });

  // The main process cannot see whether a text field has the focus, so the page decides what Undo
  // means (the field's typing, or the last saved edit). On macOS the menu item is the only way
  // ⌘Z reaches a text field, so it stays enabled there; elsewhere a disabled item leaves Ctrl+Z to the page.
  const undoEnabled = mac || state.canUndo;
  const redoEnabled = mac || state.canRedo;

  const recent: MenuItemConstructorOptions[] = state.recentWorkspaces.length
    ? state.recentWorkspaces.map((workspace, index) => ({
        id: `file.openRecent.${index}`,
        label: workspace.isDemo ? t('file.demoWorkspace') : literal(workspace.name),
        click: () => dispatch({ type: 'openRecent', path: workspace.path }),
      }))
    : [{ id: 'file.noRecent', label: t('file.noRecent'), enabled: false }];

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: state.appName,
    submenu: [
      { id: 'app.about', label: t('app.about', { appName }), role: 'about' },
      separator,
      { id: 'app.services', label: t('app.services'), role: 'services' },
      separator,
      { id: 'app.hide', label: t('app.hide', { appName }), role: 'hide', accelerator: 'Cmd+H' },
      { id: 'app.hideOthers', label: t('app.hideOthers'), role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { id: 'app.showAll', label: t('app.showAll'), role: 'unhide' },
      separator,
      { id: 'app.quit', label: t('app.quit', { appName }), role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: title('file.label'),
    submenu: [
      command('file.newWorkspace', 'newWorkspace', 'CmdOrCtrl+N'),
      {
        id: 'file.openWorkspace',
        label: t('file.openWorkspace'),
        accelerator: 'CmdOrCtrl+O',
        click: () => dispatch({ type: 'openWorkspace' }),
      },
      { id: 'file.openRecent', label: t('file.openRecent'), submenu: recent },
      separator,
      command('file.exportPdf', 'exportPdf', 'CmdOrCtrl+P'),
      command('file.importMembers', 'importMembers'),
      command('file.backups', 'backups'),
      separator,
      mac
        ? { id: 'file.closeWindow', label: t('file.closeWindow'), role: 'close', accelerator: 'Cmd+W' }
        : platform === 'win32'
          ? { id: 'file.quit', label: t('file.exit'), role: 'quit' }
          : { id: 'file.quit', label: t('file.quit'), role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const undo = () => dispatch({ type: 'command', command: 'undo' });
  const redo = () => dispatch({ type: 'command', command: 'redo' });
  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: title('edit.label'),
    submenu: [
      { id: 'edit.undo', label: t('edit.undo'), accelerator: 'CmdOrCtrl+Z', enabled: undoEnabled, click: undo },
      mac
        ? {
            id: 'edit.redo',
            label: t('edit.redo'),
            accelerator: 'Shift+CmdOrCtrl+Z',
            enabled: redoEnabled,
            click: redo,
          }
        : { id: 'edit.redo', label: t('edit.redo'), accelerator: 'Ctrl+Y', enabled: redoEnabled, click: redo },
      // Windows and Linux users press either Ctrl+Y or Ctrl+Shift+Z: the second works through a hidden twin.
      ...(mac
        ? []
        : [
            {
              id: 'edit.redoAlt',
              label: t('edit.redo'),
              accelerator: 'Shift+Ctrl+Z',
              enabled: redoEnabled,
              visible: false,
              acceleratorWorksWhenHidden: true,
              click: redo,
            },
          ]),
      separator,
      { id: 'edit.cut', label: t('edit.cut'), role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'edit.copy', label: t('edit.copy'), role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'edit.paste', label: t('edit.paste'), role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'edit.selectAll', label: t('edit.selectAll'), role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      separator,
      command('edit.find', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: title('view.label'),
    submenu: [
      {
        id: 'view.language',
        label: t('view.language'),
        submenu: UI_LANGUAGES.map((choice) => ({
          id: `view.language.${choice}`,
          label: LANGUAGE_NAMES[choice],
          type: 'radio' as const,
          checked: choice === language,
          click: () => dispatch({ type: 'setLanguage', language: choice }),
        })),
      },
      separator,
      { id: 'view.resetZoom', label: t('view.resetZoom'), role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { id: 'view.zoomIn', label: t('view.zoomIn'), role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      // "+" needs Shift on most keyboards: Ctrl/⌘ and "=" zooms in too.
      {
        id: 'view.zoomInAlt',
        label: t('view.zoomIn'),
        role: 'zoomIn',
        accelerator: 'CmdOrCtrl+=',
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      { id: 'view.zoomOut', label: t('view.zoomOut'), role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      {
        id: 'view.toggleFullScreen',
        label: t('view.toggleFullScreen'),
        role: 'togglefullscreen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t('window.label'),
    role: 'window',
    submenu: [
      { id: 'window.minimize', label: t('window.minimize'), role: 'minimize', accelerator: 'Cmd+M' },
      { id: 'window.zoom', label: t('window.zoom'), role: 'zoom' },
      separator,
      { id: 'window.front', label: t('window.front'), role: 'front' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    label: title('help.label'),
    role: 'help',
    submenu: [
      ...(mac
        ? []
        : [
            { id: 'help.about', label: t('help.about', { appName }), click: () => dispatch({ type: 'about' }) },
            separator,
          ]),
      {
        id: 'help.openDataFolder',
        label: t('help.openDataFolder'),
        click: () => dispatch({ type: 'openDataFolder' }),
      },
      separator,
      { id: 'help.version', label: t('dialogs.version', { version: state.version }), enabled: false },
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

/** Every item of a template, depth first (for lookups by id). */
export function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? menuItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
