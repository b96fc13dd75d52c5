// Channel names alone, without schemas, so the sandboxed preload can expose one function per
// channel without bundling zod. `contract` in channels.ts must have exactly these keys.
export const CHANNEL_NAMES = [
  'app.check',
  'settings.get',
  'settings.setLanguage',
  'places.list',
  'places.create',
  'places.update',
  'places.delete',
  'visits.list',
  'visits.get',
  'visits.create',
  'visits.update',
  'visits.delete',
  'legs.list',
  'legs.create',
  'legs.update',
  'legs.delete',
  'delegations.list',
  'delegations.create',
  'delegations.update',
  'delegations.delete',
  'members.list',
  'members.create',
  'members.update',
  'members.delete',
  'sites.list',
  'sites.create',
  'sites.update',
  'sites.delete',
  'items.list',
  'items.create',
  'items.update',
  'items.delete',
  'workspaces.list',
  'workspaces.create',
  'workspaces.open',
  'workspaces.rename',
  'demo.load',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The IPC channel a contract channel travels on. */
export const ipcChannel = (name: ChannelName): string => `svp:${name}`;
