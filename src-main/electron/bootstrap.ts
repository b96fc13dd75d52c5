// The Electron shell: single instance, one hardened window (its size and place remembered), IPC over
// the shared services, the application menu and its native dialogs, and main → page events.
// It receives the electron module as an argument so a test can drive it with a stand-in.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { productName, version } from '../../package.json';
import { openDataDir, type App } from '../services';
import { resolveDataDir } from '../host/data-dir';
import { EVENT_CHANNEL, type EventMessage } from '../shared/contract/events';
import { createElectronPrinter } from './electron-printer';
import { openExternalSafely } from './external-links';
import { registerIpc } from './ipc';
import { createAppMenu, type AppMenuOptions } from './menu/app-menu';
import { menuTranslator } from './menu/menu-labels';
import { createElectronSaveAs } from './save-file';
import { denyAllPermissions, hardenWebContents } from './security';
import { captureWindowState, placeWindow, readWindowState, writeWindowState } from './window-state';
import { MAIN_WINDOW_SIZE, mainWindowOptions } from './window-options';

type Electron = typeof import('electron');

export interface ShellPaths {
  /** Folder holding out/main, out/preload and out/renderer. */
  outDir: string;
  /** A better-sqlite3 binding built for Electron's ABI, when present (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  /** The window icon (Linux only; resources/icons/png/512x512.png). */
  iconPath?: string;
}

export function bootstrap(
  electron: Electron,
  paths: ShellPaths,
  argv: string[] = process.argv,
  platform: NodeJS.Platform = process.platform,
): void {
  const { app, BrowserWindow, ipcMain, session, shell } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const rendererUrl = pathToFileURL(join(paths.outDir, 'renderer', 'index.html')).toString();
  let services: App | undefined;
  let mainWindow: InstanceType<typeof BrowserWindow> | undefined;

  const dataDirFlag = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);

  // Main → page events, all on one channel (shared/contract/events.ts; the preload filters them).
  const send: AppMenuOptions['send'] = (name, payload) => {
    const contents = mainWindow?.webContents;
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, { name, payload } satisfies EventMessage);
  };
  const menu = createAppMenu({
    electron,
    platform,
    appName: productName,
    version,
    getApp: () => services,
    getWindow: () => mainWindow,
    send,
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, rendererUrl, (url) => openExternalSafely(shell, url)),
  );
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.close());

  registerIpc(
    ipcMain,
    () => {
      if (!services) throw new Error('Workspace not open');
      return services;
    },
    () => rendererUrl,
    // The language, the recent workspaces or what can be undone may have changed: the menu follows.
    (_channel, result) => {
      if (result.ok) void menu.refresh();
    },
  );

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    app.setAboutPanelOptions?.({ applicationName: productName, applicationVersion: version, credits: '考察访问规划' });
    const dataDir = resolveDataDir(dataDirFlag, () => app.getPath('userData'));
    const binding = paths.nativeBinding && existsSync(paths.nativeBinding) ? paths.nativeBinding : undefined;
    try {
      services = openDataDir(dataDir, {
        nativeBinding: binding,
        host: {
          printPdf: createElectronPrinter(electron),
          saveAs: createElectronSaveAs(
            electron,
            () => mainWindow,
            () => menuTranslator(menu.language()),
          ),
        },
      });
    } catch (error) {
      // Nothing was written; tell the user why the workspace cannot be used and stop.
      electron.dialog.showErrorBox('Study Visit Planner', `${dataDir}\n\n${(error as Error).message}`);
      app.quit();
      return;
    }

    await menu.refresh();

    // Where the window was last time, fitted to the displays there are now.
    const userData = app.getPath('userData');
    const placement = placeWindow(
      readWindowState(userData),
      {
        workAreas: electron.screen.getAllDisplays().map((display) => display.workArea),
        primary: electron.screen.getPrimaryDisplay().workArea,
      },
      MAIN_WINDOW_SIZE,
    );
    const preload = join(paths.outDir, 'preload', 'index.cjs');
    const options = mainWindowOptions(preload, placement.bounds, platform === 'linux' ? paths.iconPath : undefined);
    // The isolation settings are spelled out again where the window is made, so that static checkers
    // (electronegativity, run in CI) can see them; window-options.ts holds the full, tested set.
    const window = new BrowserWindow({
      ...options,
      webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    mainWindow = window;
    window.once('ready-to-show', () => {
      if (placement.maximized) window.maximize();
      window.show();
    });
    window.on('close', () => writeWindowState(userData, captureWindowState(window)));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    void window.loadURL(rendererUrl);
  });
}
