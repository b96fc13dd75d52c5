// Which Chromium the tests drive: SVP_CHROMIUM (or CHROMIUM_PATH), then Debian's /usr/bin/chromium,
// then Playwright's own downloaded browser (undefined lets Playwright choose).
import { existsSync } from 'node:fs';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.SVP_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Flags for a headless Chromium on a machine without network (and as root in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
