// The preload with a stand-in `electron` module: window.svp gets one function per channel and
// onEvent, whose callbacks receive the payload of the events they asked for, and never ipcRenderer.
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SvpBridge } from '../../src-main/shared/contract/api';
import { CHANNEL_NAMES } from '../../src-main/shared/contract/channel-names';
import { EVENT_CHANNEL } from '../../src-main/shared/contract/events';

const stand = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  invoked: [] as Array<[string, unknown]>,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: async (channel: string, input: unknown) => {
      stand.invoked.push([channel, input]);
      return { ok: true, value: null };
    },
  });
  return {
    ipcRenderer,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (stand.exposed[key] = api) },
  };
});

let svp: SvpBridge;
let ipcRenderer: EventEmitter;
beforeAll(async () => {
  await import('../../src-main/preload/index');
  ipcRenderer = (await import('electron')).ipcRenderer as unknown as EventEmitter;
  svp = stand.exposed.svp as SvpBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one function per channel, and onEvent', async () => {
    expect(Object.keys(svp).sort()).toEqual([...CHANNEL_NAMES, 'onEvent'].sort());
    expect(Object.values(svp).every((f) => typeof f === 'function')).toBe(true);
    await svp['visits.list']({});
    expect(stand.invoked).toEqual([['svp:visits.list', {}]]);
  });

  it('delivers only the payload of the events asked for, until unsubscribed', () => {
    const commands: unknown[] = [];
    const changes: unknown[] = [];
    const stop = svp.onEvent('menu.command', (payload) => commands.push(payload));
    svp.onEvent('data.changed', (...args: unknown[]) => changes.push(args));
    const sender = { send: () => undefined }; // what a leaked IPC event would carry
    ipcRenderer.emit(EVENT_CHANNEL, { sender }, { name: 'menu.command', payload: { command: 'find' } });
    ipcRenderer.emit(EVENT_CHANNEL, { sender }, { name: 'data.changed', payload: { reason: 'workspace' } });
    ipcRenderer.emit(EVENT_CHANNEL, { sender }, null);
    ipcRenderer.emit('svp:other', { sender }, { name: 'menu.command', payload: { command: 'undo' } });
    expect(commands).toEqual([{ command: 'find' }]);
    expect(changes).toEqual([[{ reason: 'workspace' }]]);
    stop();
    ipcRenderer.emit(EVENT_CHANNEL, { sender }, { name: 'menu.command', payload: { command: 'redo' } });
    expect(commands).toHaveLength(1);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
  });

  it('refuses unknown events and missing callbacks', () => {
    expect(() => svp.onEvent('evil' as never, () => undefined)).toThrow(TypeError);
    expect(() => svp.onEvent('menu.command', undefined as never)).toThrow(TypeError);
  });
});
