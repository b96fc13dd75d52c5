import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import type { UiLanguage } from '../shared/domain/vocabulary';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { minimumBuffer } from './conflict-cache';

export const appHandlers = (
  ctx: ServiceContext,
): HandlerGroup<'app.check' | 'settings.get' | 'settings.setLanguage' | 'settings.setBuffer'> => {
  const { store, repos } = ctx;
  const settings = () => ({
    language: (repos.settings.get('language') as UiLanguage | undefined) ?? null,
    minimumBufferMinutes: minimumBuffer(ctx),
  });
  return {
    'app.check': () => ({
      path: store.path,
      schemaVersion: store.schemaVersion(),
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      integrity: repos.health.integrity(),
      counts: repos.health.counts(),
    }),
    'settings.get': () => settings(),
    'settings.setLanguage': ({ language }) => {
      repos.settings.set('language', language);
      return settings();
    },
    'settings.setBuffer': ({ minutes }) => {
      repos.settings.set('minimumBufferMinutes', String(minutes));
      return settings();
    },
  };
};
