// Which workspace files a data folder knows: the current one and the recently used ones, kept in
// <dataDir>/workspaces.json. Workspace files themselves are plain SQLite files named <name>.sqlite.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export { isValidWorkspaceName } from '../shared/domain/workspace-name';

export const STATE_FILE = 'workspaces.json';
export const WORKSPACE_EXTENSION = '.sqlite';
export const DEFAULT_WORKSPACE_NAME = 'My study visits';
export const DEMO_WORKSPACE_NAME = 'Example study visits';
const MAX_RECENT = 10;

export interface RegistryState {
  current: string | null;
  recent: string[];
}

const statePath = (dataDir: string) => join(dataDir, STATE_FILE);

export function readRegistry(dataDir: string): RegistryState {
  try {
    const raw = JSON.parse(readFileSync(statePath(dataDir), 'utf8')) as Partial<RegistryState>;
    const recent = Array.isArray(raw.recent) ? raw.recent.filter((p): p is string => typeof p === 'string') : [];
    return { current: typeof raw.current === 'string' ? raw.current : null, recent };
  } catch {
    return { current: null, recent: [] };
  }
}

/** Written to a temporary file first, so a crash never leaves half a registry. */
function writeRegistry(dataDir: string, state: RegistryState): void {
  const target = statePath(dataDir);
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  renameSync(temporary, target);
}

export function rememberWorkspace(dataDir: string, path: string): RegistryState {
  const absolute = resolve(path);
  const state = readRegistry(dataDir);
  const next = {
    current: absolute,
    recent: [absolute, ...state.recent.filter((p) => p !== absolute)].slice(0, MAX_RECENT),
  };
  writeRegistry(dataDir, next);
  return next;
}

export function replaceInRegistry(dataDir: string, from: string, to: string): void {
  const state = readRegistry(dataDir);
  const swap = (p: string) => (p === resolve(from) ? resolve(to) : p);
  writeRegistry(dataDir, { current: state.current && swap(state.current), recent: state.recent.map(swap) });
}

/** The workspace a host opens: the current one if its file still exists, else the default one. */
export function currentWorkspacePath(dataDir: string): string {
  const { current } = readRegistry(dataDir);
  return current && existsSync(current) ? current : pathForName(dataDir, DEFAULT_WORKSPACE_NAME);
}

export const workspaceName = (path: string): string => basename(path, WORKSPACE_EXTENSION);
export const pathForName = (dataDir: string, name: string): string => join(dataDir, `${name}${WORKSPACE_EXTENSION}`);

/** A workspace may be opened only if the user already knows it: in the data folder or in the recent list. */
export function isKnownWorkspace(dataDir: string, path: string): boolean {
  const absolute = resolve(path);
  if (!absolute.endsWith(WORKSPACE_EXTENSION)) return false;
  return dirname(absolute) === resolve(dataDir) || readRegistry(dataDir).recent.includes(absolute);
}
