// The Electron shell: single instance, one hardened window, IPC over the shared services.
// It receives the electron module as an argument so a test can drive it with a stand-in.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDataDir, type App } from '../services';
import { resolveDataDir } from '../host/data-dir';
import { registerIpc } from './ipc';
import { denyAllPermissions, hardenWebContents } from './security';
import { mainWindowOptions } from './window-options';

type Electron = typeof import('electron');

export interface ShellPaths {
  /** Folder holding out/main, out/preload and out/renderer. */
  outDir: string;
  /** A better-sqlite3 binding built for Electron's ABI, when present (see scripts/electron-native.mjs). */
  nativeBinding?: string;
}

export function bootstrap(electron: Electron, paths: ShellPaths, argv: string[] = process.argv): void {
  const { app, BrowserWindow, ipcMain, session } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const rendererUrl = pathToFileURL(join(paths.outDir, 'renderer', 'index.html')).toString();
  let services: App | undefined;
  let mainWindow: InstanceType<typeof BrowserWindow> | undefined;

  const dataDirFlag = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererUrl));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.close());

  registerIpc(
    ipcMain,
    () => {
      if (!services) throw new Error('Workspace not open');
      return services;
    },
    () => rendererUrl,
  );

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    const dataDir = resolveDataDir(dataDirFlag, () => app.getPath('userData'));
    const binding = paths.nativeBinding && existsSync(paths.nativeBinding) ? paths.nativeBinding : undefined;
    try {
      services = openDataDir(dataDir, { nativeBinding: binding });
    } catch (error) {
      // Nothing was written; tell the user why the workspace cannot be used and stop.
      electron.dialog.showErrorBox('Study Visit Planner', `${dataDir}\n\n${(error as Error).message}`);
      app.quit();
      return;
    }

    mainWindow = new BrowserWindow(mainWindowOptions(join(paths.outDir, 'preload', 'index.cjs')));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(rendererUrl);
  });
}
