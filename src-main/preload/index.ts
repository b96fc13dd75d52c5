// The only bridge between the page and the main process: one function per contract channel.
// ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../shared/contract/api';
import { CHANNEL_NAMES, ipcChannel } from '../shared/contract/channel-names';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as BridgeApi;

contextBridge.exposeInMainWorld('svp', api);
