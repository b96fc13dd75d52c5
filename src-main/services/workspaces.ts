import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceInfo, WorkspaceState } from '../shared/contract/entities';
import { buildDemoWorkspace } from '../demo/build-demo';
import {
  DEMO_WORKSPACE_NAME,
  isKnownWorkspace,
  pathForName,
  readRegistry,
  workspaceName,
} from '../workspaces/registry';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { ServiceError } from './service-error';

export const workspaceHandlers = (
  ctx: ServiceContext,
): HandlerGroup<'workspaces.list' | 'workspaces.create' | 'workspaces.open' | 'workspaces.rename' | 'demo.load'> => {
  const { workspace } = ctx;
  const info = (path: string): WorkspaceInfo => ({
    path,
    name: workspaceName(path),
    isDemo: resolve(path) === resolve(pathForName(workspace.dataDir, DEMO_WORKSPACE_NAME)),
  });
  const state = (): WorkspaceState => {
    const current = workspace.currentPath();
    const recent = readRegistry(workspace.dataDir).recent.filter((p) => existsSync(p));
    return { current: info(current), recent: (recent.includes(current) ? recent : [current, ...recent]).map(info) };
  };
  const freshPath = (name: string) => {
    const path = pathForName(workspace.dataDir, name);
    if (existsSync(path)) throw new ServiceError('conflict', 'errors:workspace_exists', { name });
    return path;
  };

  return {
    'workspaces.list': state,
    'workspaces.create': ({ name }) => {
      workspace.switchTo(freshPath(name));
      return state();
    },
    'workspaces.open': ({ path }) => {
      // The page may only reopen workspaces the user already knows; other files come through the
      // desktop app's Open dialog, which runs in the main process.
      if (!isKnownWorkspace(workspace.dataDir, path) || !existsSync(path)) {
        throw new ServiceError('not_found', 'errors:workspace_unknown', { path });
      }
      workspace.switchTo(resolve(path));
      return state();
    },
    'workspaces.rename': ({ name }) => {
      const target = freshPath(name);
      workspace.renameCurrent(target);
      return state();
    },
    'demo.load': async () => {
      const target = pathForName(workspace.dataDir, DEMO_WORKSPACE_NAME);
      const building = `${target}.building`;
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
      try {
        await buildDemoWorkspace(building, ctx.host);
        workspace.installFile(building, target);
      } finally {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
      }
      return state();
    },
  };
};
