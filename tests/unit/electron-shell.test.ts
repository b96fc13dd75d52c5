// The Electron binary cannot be downloaded on these machines, so this test drives the real shell
// code (src-main/electron/bootstrap.ts) with a stand-in `electron` module that records what the
// shell asks of it. tests/e2e/electron.spec.ts runs the real thing where Electron is installed.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src-main/electron/bootstrap';
import { isAppUrl, isTrustedSender } from '../../src-main/electron/security';
import { mainWindowOptions } from '../../src-main/electron/window-options';
import { CHANNEL_NAMES, ipcChannel } from '../../src-main/shared/contract/channel-names';
import { tempDir } from '../helpers/workspace';

type Listener = (...args: unknown[]) => unknown;

function standInElectron(options: { gotLock?: boolean } = {}) {
  const app = Object.assign(new EventEmitter(), {
    quitCalled: false,
    requestSingleInstanceLock: () => options.gotLock ?? true,
    quit() {
      this.quitCalled = true;
    },
    whenReady: () => Promise.resolve(),
    getPath: () => '/nonexistent',
  });
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, fn: Listener) => handlers.set(channel, fn) };
  const windows: StandInWindow[] = [];
  class StandInWindow extends EventEmitter {
    loadedUrl = '';
    focused = false;
    constructor(readonly options: ReturnType<typeof mainWindowOptions>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore() {}
    focus() {
      this.focused = true;
    }
    show() {}
  }
  const permissionHandlers: Listener[] = [];
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => permissionHandlers.push(fn),
      setPermissionCheckHandler: (fn: Listener) => permissionHandlers.push(fn),
    },
  };
  const dialog = { showErrorBox: () => undefined };
  return { app, ipcMain, BrowserWindow: StandInWindow, session, dialog, handlers, windows, permissionHandlers };
}

const stopAfter: Array<() => void> = [];
afterEach(() => stopAfter.splice(0).forEach((fn) => fn()));

async function startShell(gotLock = true) {
  const electron = standInElectron({ gotLock });
  const { dir, cleanup } = tempDir();
  bootstrap(electron as never, { outDir: '/app/out' }, ['electron', '.', `--data-dir=${dir}`]);
  await new Promise((r) => setTimeout(r, 10));
  stopAfter.push(() => {
    electron.app.emit('will-quit');
    cleanup();
  });
  return electron;
}

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

describe('URL checks', () => {
  it('treats only the app page itself as the app', () => {
    const appUrl = 'file:///app/out/renderer/index.html';
    expect(isAppUrl('file:///app/out/renderer/index.html?x#/visits', appUrl)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/other.html', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
    expect(isTrustedSender(undefined, appUrl)).toBe(false);
  });
});
