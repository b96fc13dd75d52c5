// The services behind every contract channel, merged into one map that must cover the contract.
import type { ChannelName, ChannelResult, ParsedInput } from '../shared/contract/channels';
import type { ServiceContext } from './context';
import { appHandlers } from './app';
import { delegationHandlers, memberHandlers } from './delegations';
import { exportHandlers } from './export';
import { fileHandlers } from './files';
import { itemHandlers } from './items';
import { legHandlers } from './legs';
import { placeHandlers } from './places';
import { siteHandlers } from './sites';
import { visitHandlers } from './visits';
import { workspaceHandlers } from './workspaces';
import { historyHandlers } from './history';
import { insightHandlers } from './insight';
import { planningHandlers } from './planning';
import { memberImportHandlers } from './member-import';
import { exchangeHandlers } from './exchange';
import { backupHandlers } from './backups';

export type Handler<C extends ChannelName> = (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<K extends ChannelName> = { [C in K]: Handler<C> };

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...placeHandlers(ctx),
    ...visitHandlers(ctx),
    ...legHandlers(ctx),
    ...delegationHandlers(ctx),
    ...memberHandlers(ctx),
    ...siteHandlers(ctx),
    ...itemHandlers(ctx),
    ...exportHandlers(ctx),
    ...workspaceHandlers(ctx),
    ...historyHandlers(ctx),
    ...insightHandlers(ctx),
    ...planningHandlers(ctx),
    ...fileHandlers(ctx),
    ...memberImportHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...backupHandlers(ctx),
  };
}
