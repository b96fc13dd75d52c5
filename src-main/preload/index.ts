// The only bridge between the page and the main process: one function per contract channel, and
// onEvent for the main process's events. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BridgeApi, SvpBridge } from '../shared/contract/api';
import { CHANNEL_NAMES, ipcChannel } from '../shared/contract/channel-names';
import { EVENT_CHANNEL, isEventName, type EventMessage } from '../shared/contract/events';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as BridgeApi;

/** The callback gets the event's payload only (never the IPC event, which would reach ipcRenderer). */
const onEvent: SvpBridge['onEvent'] = (name, callback) => {
  if (!isEventName(name)) throw new TypeError(`unknown event: ${String(name)}`);
  if (typeof callback !== 'function') throw new TypeError('onEvent needs a callback');
  const listener = (_event: IpcRendererEvent, message: EventMessage) => {
    if (message?.name === name) callback(message.payload as Parameters<typeof callback>[0]);
  };
  ipcRenderer.on(EVENT_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  };
};

contextBridge.exposeInMainWorld('svp', { ...api, onEvent } satisfies SvpBridge);
