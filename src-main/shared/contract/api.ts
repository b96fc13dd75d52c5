// The typed API the renderer sees, whichever transport carries it.
import type { ChannelInput, ChannelName, ChannelResult } from './channels';
import type { OnEvent } from './events';
import type { Result } from './result';

export type Invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelResult<C>>>;

/** What the Electron preload exposes on window.svp: one function per channel. */
export type BridgeApi = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelResult<C>>> };

/** window.svp in the desktop app: the channels, plus the main process's events (events.ts). */
export type SvpBridge = BridgeApi & { onEvent: OnEvent };
