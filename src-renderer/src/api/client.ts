// The renderer's one API client. Two transports behind one typed function: the Electron preload
// bridge when present, the browser-mode HTTP endpoint otherwise.
import type { Invoke, SvpBridge } from '../../../src-main/shared/contract/api';
import type { ChannelInput, ChannelName, ChannelResult } from '../../../src-main/shared/contract/channels';
import type { AppError, Result } from '../../../src-main/shared/contract/result';

declare global {
  interface Window {
    /** The desktop app's preload bridge (channels and main-process events); absent in browser mode. */
    svp?: SvpBridge;
  }
}

const OFFLINE: AppError = { code: 'internal', messageKey: 'errors:server_unreachable' };

async function httpInvoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch('/api', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    if (response.status === 401)
      return { ok: false, error: { code: 'forbidden', messageKey: 'errors:session_expired' } };
    if (!response.ok) return { ok: false, error: { code: 'internal', messageKey: 'errors:internal' } };
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: OFFLINE };
  }
}

export const invoke: Invoke = (channel, input) => {
  const bridge = window.svp;
  const call = bridge
    ? (bridge[channel] as (input: unknown) => Promise<Result<unknown>>)(input)
    : httpInvoke(channel, input);
  return call as ReturnType<Invoke>;
};

/** Thrown by `request` so react-query sees failures; carries the AppError for translation. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.messageKey);
  }
}

export async function request<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
