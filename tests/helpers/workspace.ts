import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../src-main/services';
import type { ChannelInput, ChannelName, ChannelResult } from '../../src-main/shared/contract/channels';

export function tempDir(prefix = 'svp-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real workspace file in a fresh folder. */
export function tempApp(): App & { dir: string; dispose: () => void } {
  const { dir, cleanup } = tempDir();
  const app = openApp(join(dir, 'workspace.sqlite'));
  return Object.assign(app, {
    dir,
    dispose: () => {
      app.close();
      cleanup();
    },
  });
}

/** Calls through the contract and fails the test with the AppError if the call failed. */
export async function must<C extends ChannelName>(
  app: App,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ChannelResult<C>;
}
