// The desktop app's `files.saveAs` (HostServices.saveAs): the native Save dialog, then a copy of the
// exported file where the user chose. The file stays in the exports folder as well.
import { copyFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { SaveAsResult } from '../shared/contract/file-schemas';
import type { Translate } from './menu/menu-labels';

type Electron = typeof import('electron');

export interface SaveFileDeps {
  dialog: Pick<Electron['dialog'], 'showSaveDialog'>;
  window?: BrowserWindow;
  /** Folder the dialog opens in (the user's Documents folder). */
  defaultDir: string;
  t: Translate;
}

/** Asks where to save `suggestedName`, then copies `sourcePath` there. */
export async function saveFileAs(deps: SaveFileDeps, suggestedName: string, sourcePath: string): Promise<SaveAsResult> {
  const extension = extname(suggestedName).slice(1).toLowerCase();
  const filters = [
    ...(extension === 'pdf' ? [{ name: deps.t('dialogs.pdfFiles'), extensions: ['pdf'] }] : []),
    { name: deps.t('dialogs.allFiles'), extensions: ['*'] },
  ];
  const options: SaveDialogOptions = {
    title: deps.t('dialogs.saveAsTitle'),
    defaultPath: join(deps.defaultDir, suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = deps.window
    ? await deps.dialog.showSaveDialog(deps.window, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const target = resolve(choice.filePath);
  if (target !== resolve(sourcePath)) await copyFile(sourcePath, target);
  return { status: 'saved', path: target };
}

/** HostServices.saveAs for the desktop app. */
export function createElectronSaveAs(
  electron: Pick<Electron, 'dialog' | 'app'>,
  getWindow: () => BrowserWindow | undefined,
  t: () => Translate,
): (sourcePath: string) => Promise<SaveAsResult> {
  return (sourcePath) =>
    saveFileAs(
      { dialog: electron.dialog, window: getWindow(), defaultDir: electron.app.getPath('documents'), t: t() },
      basename(sourcePath),
      sourcePath,
    );
}
