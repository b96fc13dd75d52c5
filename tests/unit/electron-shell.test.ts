// The Electron binary cannot be downloaded on these machines, so this test drives the real shell
// code (src-main/electron/bootstrap.ts) with a stand-in `electron` module that records what the
// shell asks of it. tests/e2e/electron.spec.ts runs the real thing where Electron is installed.
import type { MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../src-main/electron/bootstrap';
import { menuItems } from '../../src-main/electron/menu/menu-template';
import { isAppUrl, isTrustedSender } from '../../src-main/electron/security';
import { mainWindowOptions } from '../../src-main/electron/window-options';
import { openApp } from '../../src-main/services';
import { CHANNEL_NAMES, ipcChannel } from '../../src-main/shared/contract/channel-names';
import { EVENT_CHANNEL } from '../../src-main/shared/contract/events';
import { tempDir } from '../helpers/workspace';

type Listener = (...args: unknown[]) => unknown;
type Rect = { x: number; y: number; width: number; height: number };

function standInElectron(options: { gotLock?: boolean; userData?: string; locale?: string } = {}) {
  const app = Object.assign(new EventEmitter(), {
    quitCalled: false,
    aboutPanel: undefined as unknown,
    requestSingleInstanceLock: () => options.gotLock ?? true,
    quit() {
      this.quitCalled = true;
    },
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' && options.userData ? options.userData : '/nonexistent'),
    getLocale: () => options.locale ?? 'en-US',
    setAboutPanelOptions(panel: unknown) {
      this.aboutPanel = panel;
    },
  });
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, fn: Listener) => handlers.set(channel, fn) };
  const windows: StandInWindow[] = [];
  class StandInWindow extends EventEmitter {
    loadedUrl = '';
    focused = false;
    restored = false;
    minimized = false;
    maximized = false;
    shown = false;
    normalBounds: Rect = { x: 0, y: 0, width: 1280, height: 800 };
    /** What main pushed to the page: [channel, message]. */
    sent: Array<[string, unknown]> = [];
    webContents = {
      isDestroyed: () => false,
      send: (channel: string, message: unknown) => this.sent.push([channel, message]),
    };
    constructor(readonly options: ReturnType<typeof mainWindowOptions>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isMinimized = () => this.minimized;
    restore() {
      this.restored = true;
    }
    focus() {
      this.focused = true;
    }
    show() {
      this.shown = true;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized = () => this.maximized;
    isFullScreen = () => false;
    getNormalBounds = () => this.normalBounds;
    /** The events main pushed to the page, as { name, payload }. */
    events() {
      return this.sent.filter(([channel]) => channel === EVENT_CHANNEL).map(([, message]) => message);
    }
  }
  const permissionHandlers: Listener[] = [];
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => permissionHandlers.push(fn),
      setPermissionCheckHandler: (fn: Listener) => permissionHandlers.push(fn),
    },
  };
  /** Every menu the shell set, newest last. */
  const menus: MenuItemConstructorOptions[][] = [];
  const Menu = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => menus.push(menu.template),
  };
  const dialogs = {
    errors: [] as Array<[string, string]>,
    open: [] as unknown[],
    save: [] as unknown[],
    /** What the next Open / Save dialog answers. */
    openAnswer: { canceled: true, filePaths: [] as string[] },
    saveAnswer: { canceled: true, filePath: '' },
  };
  const dialog = {
    showErrorBox: (title: string, content: string) => dialogs.errors.push([title, content]),
    showOpenDialog: async (_window: unknown, options: unknown) => {
      dialogs.open.push(options);
      return dialogs.openAnswer;
    },
    showSaveDialog: async (_window: unknown, options: unknown) => {
      dialogs.save.push(options);
      return dialogs.saveAnswer;
    },
    showMessageBox: async () => ({ response: 0 }),
  };
  const opened: string[] = [];
  const shell = {
    openExternal: async (url: string) => void opened.push(url),
    openPath: async (path: string) => (opened.push(path), ''),
  };
  const displays = [
    { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { workArea: { x: 1920, y: 0, width: 1280, height: 984 } },
  ];
  const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0] };
  return {
    app,
    ipcMain,
    BrowserWindow: StandInWindow,
    session,
    dialog,
    shell,
    screen,
    Menu,
    handlers,
    windows,
    permissionHandlers,
    menus,
    dialogs,
    opened,
  };
}

const stopAfter: Array<() => void> = [];
afterEach(() => stopAfter.splice(0).forEach((fn) => fn()));

async function startShell(gotLock = true, options: { userData?: string; locale?: string } = {}) {
  const electron = standInElectron({ gotLock, ...options });
  const { dir, cleanup } = tempDir();
  bootstrap(electron as never, { outDir: '/app/out' }, ['electron', '.', `--data-dir=${dir}`], 'linux');
  if (gotLock) await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  stopAfter.push(() => {
    electron.app.emit('will-quit');
    cleanup();
  });
  return Object.assign(electron, { dataDir: dir });
}

const APP_FRAME = { url: 'file:///app/out/renderer/index.html#/visits', parent: null };

/** A contract call as the page makes it, through the registered IPC handler. */
async function ipc(electron: ReturnType<typeof standInElectron>, channel: string, input: unknown = {}) {
  const handler = electron.handlers.get(ipcChannel(channel as never))!;
  return (await handler({ senderFrame: APP_FRAME }, input)) as { ok: boolean; value?: any; error?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The newest application menu's item with this id. */
function menuItem(electron: ReturnType<typeof standInElectron>, id: string): MenuItemConstructorOptions {
  const item = menuItems(electron.menus.at(-1) ?? []).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}
const clickMenu = (electron: ReturnType<typeof standInElectron>, id: string) =>
  (menuItem(electron, id).click as () => void)();

describe('Electron shell (with a stand-in electron module)', () => {
  it('opens one window with contextIsolation, sandbox and no nodeIntegration', async () => {
    const electron = await startShell();
    expect(electron.windows).toHaveLength(1);
    const prefs = electron.windows[0].options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(electron.windows[0].loadedUrl).toBe('file:///app/out/renderer/index.html');
  });

  it('registers every contract channel on ipcMain, by looping over the contract', async () => {
    const electron = await startShell();
    expect([...electron.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort());
  });

  it('answers IPC only from the app’s own top frame, and validates the input', async () => {
    const electron = await startShell();
    const handler = electron.handlers.get(ipcChannel('visits.create'))!;
    const appFrame = { url: 'file:///app/out/renderer/index.html#/visits', parent: null };
    const created = (await handler({ senderFrame: appFrame }, { title: { en: 'Visit', zh: '访问' } })) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    const invalid = await handler({ senderFrame: appFrame }, { title: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///app/out/renderer/index.html', parent: { url: 'x' } },
      { url: 'file:///tmp/other.html', parent: null },
      null,
    ]) {
      expect(await handler({ senderFrame: frame }, {})).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors:forbidden' },
      });
    }
  });

  it('denies navigation away from the app, new windows, webviews and permission requests', async () => {
    const electron = await startShell();
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as Listener | undefined,
      setWindowOpenHandler(fn: Listener) {
        this.openHandler = fn;
      },
    });
    electron.app.emit('web-contents-created', {}, contents);
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-navigate', 'file:///app/out/renderer/index.html#/visits/1')).toBe(false);
    expect(navigate('will-attach-webview', 'file:///app/out/renderer/index.html')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    electron.permissionHandlers[0]({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(electron.permissionHandlers[1]()).toBe(false);
  });

  it('keeps a single instance: a second copy quits and the first window is focused', async () => {
    const first = await startShell(true);
    first.app.emit('second-instance');
    expect(first.windows[0].focused).toBe(true);
    const second = standInElectron({ gotLock: false });
    bootstrap(second as never, { outDir: '/app/out' }, ['electron', '.']);
    expect(second.app.quitCalled).toBe(true);
    expect(second.windows).toHaveLength(0);
    expect(second.handlers.size).toBe(0);
  });
});

describe('Electron shell: menu, dialogs, window state (stand-in electron module)', () => {
  it('sets the application menu at start, in the system language, and rebuilds it when what it shows changes', async () => {
    const electron = await startShell(true, { locale: 'zh-CN' });
    expect(electron.menus).toHaveLength(1);
    expect(electron.menus[0].map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(electron.app.aboutPanel).toMatchObject({
      applicationName: 'Study Visit Planner',
      applicationVersion: '0.1.0',
    });

    // The page chooses English (settings.setLanguage through IPC): the menu follows.
    expect((await ipc(electron, 'settings.setLanguage', { language: 'en' })).ok).toBe(true);
    await vi.waitFor(() => expect(electron.menus).toHaveLength(2));
    expect(electron.menus[1].map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menuItem(electron, 'view.language.en').checked).toBe(true);

    // A read changes nothing the menu shows: no rebuild. An edit makes Undo available: rebuilt.
    await ipc(electron, 'visits.list');
    await new Promise((r) => setTimeout(r, 20));
    expect(electron.menus).toHaveLength(2);
    expect(menuItem(electron, 'edit.undo').enabled).toBe(false);
    expect((await ipc(electron, 'visits.create', { title: { en: 'Visit', zh: '访问' } })).ok).toBe(true);
    await vi.waitFor(() => expect(menuItem(electron, 'edit.undo').enabled).toBe(true));
    expect(electron.menus).toHaveLength(3);
  });

  it('saves a language chosen in the menu, rebuilds the menu and tells the page', async () => {
    const electron = await startShell();
    expect(menuItem(electron, 'view.language.en').checked).toBe(true);
    clickMenu(electron, 'view.language.zh-CN');
    await vi.waitFor(() => expect(menuItem(electron, 'file').label).toBe('文件(&F)'));
    expect((await ipc(electron, 'settings.get')).value.language).toBe('zh-CN');
    expect(electron.windows[0].events()).toEqual([{ name: 'language.changed', payload: { language: 'zh-CN' } }]);
  });

  it('sends page actions to the page on the one event channel', async () => {
    const electron = await startShell();
    clickMenu(electron, 'file.exportPdf');
    clickMenu(electron, 'edit.undo');
    expect(electron.windows[0].sent).toEqual([
      [EVENT_CHANNEL, { name: 'menu.command', payload: { command: 'exportPdf' } }],
      [EVENT_CHANNEL, { name: 'menu.command', payload: { command: 'undo' } }],
    ]);
  });

  it('Open workspace… shows the Open dialog and switches to the chosen file, which becomes recent', async () => {
    const electron = await startShell();
    const other = tempDir();
    stopAfter.push(other.cleanup);
    const chosen = join(other.dir, 'Suzhou 2024.sqlite');
    openApp(chosen).close(); // a real workspace file somewhere else on the disk

    // Cancelled: nothing happens.
    clickMenu(electron, 'file.openWorkspace');
    await vi.waitFor(() => expect(electron.dialogs.open).toHaveLength(1));
    expect(electron.dialogs.open[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['sqlite'] }],
      defaultPath: electron.dataDir,
    });
    expect(electron.windows[0].events()).toEqual([]);

    electron.dialogs.openAnswer = { canceled: false, filePaths: [chosen] };
    clickMenu(electron, 'file.openWorkspace');
    await vi.waitFor(() => expect(electron.windows[0].events()).toHaveLength(1));
    expect(electron.windows[0].events()).toEqual([{ name: 'data.changed', payload: { reason: 'workspace' } }]);
    const state = (await ipc(electron, 'workspaces.list')).value;
    expect(state.current).toMatchObject({ path: chosen, name: 'Suzhou 2024' });
    expect(state.recent.map((w: { path: string }) => w.path)).toContain(chosen);
    // The menu lists it first under Open recent; choosing the old one from there switches back.
    const recent = menuItem(electron, 'file.openRecent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['Suzhou 2024', 'My study visits']);
    clickMenu(electron, 'file.openRecent.1');
    await vi.waitFor(() => expect(electron.windows[0].events()).toHaveLength(2));
    expect((await ipc(electron, 'workspaces.list')).value.current.name).toBe('My study visits');
    expect(electron.dialogs.errors).toEqual([]);
  });

  it('refuses a file that is not a workspace, with a message, and changes nothing', async () => {
    const electron = await startShell();
    const before = (await ipc(electron, 'workspaces.list')).value;
    const bogus = join(electron.dataDir, 'not-a-workspace.sqlite');
    writeFileSync(bogus, 'this is not SQLite');
    electron.dialogs.openAnswer = { canceled: false, filePaths: [bogus] };
    clickMenu(electron, 'file.openWorkspace');
    await vi.waitFor(() => expect(electron.dialogs.errors).toHaveLength(1));
    expect(electron.dialogs.errors[0][0]).toBe('The workspace could not be opened');
    expect(electron.dialogs.errors[0][1]).toContain(bogus);
    expect((await ipc(electron, 'workspaces.list')).value).toEqual(before);
    expect(electron.windows[0].events()).toEqual([]);
  });

  it('restores the window where it was (fitted to the displays) and saves it on close', async () => {
    const userData = tempDir();
    stopAfter.push(userData.cleanup);
    const stateFile = join(userData.dir, 'window-state.json');
    writeFileSync(stateFile, JSON.stringify({ x: 2000, y: 40, width: 1100, height: 760, maximized: true }));
    const electron = await startShell(true, { userData: userData.dir });
    const window = electron.windows[0];
    expect(window.options).toMatchObject({ x: 2000, y: 40, width: 1100, height: 760, minWidth: 720 });
    expect(window.maximized).toBe(false);
    window.emit('ready-to-show');
    expect([window.maximized, window.shown]).toEqual([true, true]);

    window.maximized = false;
    window.normalBounds = { x: 300, y: 120, width: 1000, height: 650 };
    window.emit('close');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      x: 300,
      y: 120,
      width: 1000,
      height: 650,
      maximized: false,
    });
  });

  it('brings back a window whose display is gone, and starts at the default size without a saved state', async () => {
    const userData = tempDir();
    stopAfter.push(userData.cleanup);
    writeFileSync(join(userData.dir, 'window-state.json'), JSON.stringify({ x: 5000, y: 0, width: 900, height: 600 }));
    const moved = await startShell(true, { userData: userData.dir });
    expect(moved.windows[0].options).toMatchObject({ x: 510, y: 220, width: 900, height: 600 });

    const fresh = await startShell();
    expect(fresh.windows[0].options).toMatchObject({ width: 1280, height: 800 });
    expect(fresh.windows[0].options).not.toHaveProperty('x');
  });

  it('keeps a single instance: a second launch restores and focuses the minimised window', async () => {
    const electron = await startShell();
    electron.windows[0].minimized = true;
    electron.app.emit('second-instance');
    expect([electron.windows[0].restored, electron.windows[0].focused]).toEqual([true, true]);
    const second = standInElectron({ gotLock: false });
    bootstrap(second as never, { outDir: '/app/out' }, ['electron', '.'], 'linux');
    expect(second.app.quitCalled).toBe(true);
    expect(second.menus).toEqual([]);
  });

  it('opens safe links from the page in the browser, and never a window', async () => {
    const electron = await startShell();
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as Listener | undefined,
      setWindowOpenHandler(fn: Listener) {
        this.openHandler = fn;
      },
    });
    electron.app.emit('web-contents-created', {}, contents);
    for (const url of ['https://iurc.eu/', 'mailto:someone@example.org', 'http://example.org/', 'file:///etc/passwd']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.opened).toEqual(['https://iurc.eu/', 'mailto:someone@example.org']);
  });

  it('saves a copy of an exported file through the Save dialog (files.saveAs), and of nothing else', async () => {
    const electron = await startShell();
    const exportsDir = join(electron.dataDir, 'exports');
    mkdirSync(exportsDir, { recursive: true });
    const exported = join(exportsDir, 'suzhou-visit-en-r3.pdf');
    writeFileSync(exported, '%PDF-1.7 test');
    const target = join(electron.dataDir, 'copy for the hosts.pdf');

    expect((await ipc(electron, 'files.saveAs', { path: exported })).value).toEqual({ status: 'cancelled' });
    expect(electron.dialogs.save[0]).toMatchObject({
      title: 'Save a copy',
      defaultPath: join('/nonexistent', 'suzhou-visit-en-r3.pdf'),
      filters: [{ extensions: ['pdf'] }, { extensions: ['*'] }],
    });
    electron.dialogs.saveAnswer = { canceled: false, filePath: target };
    expect((await ipc(electron, 'files.saveAs', { path: exported })).value).toEqual({ status: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');

    for (const path of [join(electron.dataDir, 'My study visits.sqlite'), '/etc/passwd', `${exportsDir}/../x.pdf`]) {
      expect((await ipc(electron, 'files.saveAs', { path })).error).toMatchObject({
        code: 'not_found',
        messageKey: 'errors:export_unknown',
      });
    }
    expect(electron.dialogs.save).toHaveLength(2);
  });
});

describe('URL checks', () => {
  it('treats only the app page itself as the app', () => {
    const appUrl = 'file:///app/out/renderer/index.html';
    expect(isAppUrl('file:///app/out/renderer/index.html?x#/visits', appUrl)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/other.html', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
    expect(isTrustedSender(undefined, appUrl)).toBe(false);
  });
});
