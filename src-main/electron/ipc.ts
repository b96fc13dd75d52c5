// Registers every contract channel on ipcMain by looping over the contract: no hand-kept list.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannel } from '../shared/contract/channel-names';
import type { App } from '../services';
import { isTrustedSender } from './security';

export function registerIpc(ipcMain: IpcMain, getApp: () => App, appUrl: () => string): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, appUrl())) {
        return { ok: false, error: { code: 'forbidden', messageKey: 'errors:forbidden' } };
      }
      return getApp().call(name, input);
    });
  }
}
