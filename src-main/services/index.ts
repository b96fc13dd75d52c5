// Opens a workspace and returns the one entry point every host uses: call(channel, rawInput).
import type { ChannelName, ChannelResult } from '../shared/contract/channels';
import type { Result } from '../shared/contract/result';
import { openStore, type OpenStoreOptions, type Store } from '../store/open-store';
import { createContext } from './context';
import { dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { defaultHostServices, type HostServices } from './host';

export interface App {
  store: Store;
  handlers: Handlers;
  /** Untrusted input in, Result out: validation, handler and error mapping in one place. */
  call(channel: unknown, rawInput: unknown): Promise<Result<ChannelResult<ChannelName>>>;
  close(): void;
}

export interface OpenAppOptions extends OpenStoreOptions {
  host?: Partial<HostServices>;
}

export function openApp(path: string, options: OpenAppOptions = {}): App {
  const store = openStore(path, options);
  const host = { ...defaultHostServices(path), ...options.host };
  const handlers = createHandlers(createContext(store, host));
  return {
    store,
    handlers,
    call: (channel, rawInput) => dispatch(handlers, channel, rawInput),
    close: () => store.close(),
  };
}
