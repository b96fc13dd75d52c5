// Opens a workspace and returns the one entry point every host uses: call(channel, rawInput).
import type { ChannelName, ChannelResult } from '../shared/contract/channels';
import type { Result } from '../shared/contract/result';
import { openStore, type OpenStoreOptions, type Store } from '../store/open-store';
import { createContext } from './context';
import { dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

export interface App {
  store: Store;
  handlers: Handlers;
  /** Untrusted input in, Result out: validation, handler and error mapping in one place. */
  call(channel: unknown, rawInput: unknown): Promise<Result<ChannelResult<ChannelName>>>;
  close(): void;
}

export function openApp(path: string, options?: OpenStoreOptions): App {
  const store = openStore(path, options);
  const handlers = createHandlers(createContext(store));
  return {
    store,
    handlers,
    call: (channel, rawInput) => dispatch(handlers, channel, rawInput),
    close: () => store.close(),
  };
}
