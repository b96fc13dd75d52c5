import type { ParseArgsConfig } from 'node:util';
import { openDataDir, type App } from '../services';
import type { HostServices } from '../services/host';
import { resolveDataDir } from '../host/data-dir';
import type { ChannelInput, ChannelName, ChannelResult } from '../shared/contract/channels';

export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  usage: string;
  options?: ParseArgsConfig['options'];
  run(args: CommandArgs): Promise<number>;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function openWorkspace(args: CommandArgs, host?: Partial<HostServices>): App {
  const dataDir = resolveDataDir(args.values['data-dir'] as string | undefined);
  return openDataDir(dataDir, host ? { host } : {});
}

/** Calls a channel through the contract (validation included) and unwraps the result. */
export async function call<C extends ChannelName>(
  app: App,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await app.call(channel, input);
  if (!result.ok) {
    const issues = result.error.details?.issues?.map((i) => `${i.path}: ${i.messageKey}`).join(', ');
    throw new CliError(`${result.error.messageKey}${issues ? ` (${issues})` : ''}`);
  }
  return result.value as ChannelResult<C>;
}
