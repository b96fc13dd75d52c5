import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import type { UiLanguage } from '../shared/domain/vocabulary';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';

export const appHandlers = ({
  store,
  repos,
}: ServiceContext): HandlerGroup<'app.check' | 'settings.get' | 'settings.setLanguage'> => ({
  'app.check': () => ({
    path: store.path,
    schemaVersion: store.schemaVersion(),
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    integrity: repos.health.integrity(),
    counts: repos.health.counts(),
  }),
  'settings.get': () => ({ language: (repos.settings.get('language') as UiLanguage | undefined) ?? null }),
  'settings.setLanguage': ({ language }) => {
    repos.settings.set('language', language);
    return { language };
  },
});
