// Registers every contract channel on ipcMain by looping over the contract: no hand-kept list.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '../shared/contract/channel-names';
import type { Result } from '../shared/contract/result';
import type { App } from '../services';
import { isTrustedSender } from './security';

/** Told after each answered call (the shell rebuilds its menu when what it shows changed). */
export type AfterCall = (channel: ChannelName, result: Result<unknown>) => void;

export function registerIpc(ipcMain: IpcMain, getApp: () => App, appUrl: () => string, afterCall?: AfterCall): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, appUrl())) {
        return { ok: false, error: { code: 'forbidden', messageKey: 'errors:forbidden' } };
      }
      const result = await getApp().call(name, input);
      afterCall?.(name, result);
      return result;
    });
  }
}
