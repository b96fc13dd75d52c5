// Where workspaces live: --data-dir, then SVP_DATA_DIR, then the platform's per-user app data folder
// (the same folder Electron's app.getPath('userData') gives, so the CLI and the desktop app agree).
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER_NAME = 'Study Visit Planner';

export function platformUserDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}

export function resolveDataDir(flag: string | undefined, fallback: () => string = platformUserDataDir): string {
  const dir = resolve(flag || process.env.SVP_DATA_DIR || fallback());
  mkdirSync(dir, { recursive: true });
  return dir;
}
