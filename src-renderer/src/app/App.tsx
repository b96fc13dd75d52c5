import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { DemoNotice } from '../features/workspaces/DemoNotice';
import { WorkspaceMenu } from '../features/workspaces/WorkspaceMenu';
import { VisitScreen } from '../features/visits/VisitScreen';
import { VisitsScreen } from '../features/visits/VisitsScreen';
import { hrefFor, useRoute } from './route';

export function App() {
  const { t } = useTranslation('common');
  const route = useRoute();
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href={hrefFor({ screen: 'visits' })}>
          <span className="brand-mark" aria-hidden="true">
            访
          </span>
          <span className="brand-name">{t('appName')}</span>
        </a>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <a href={hrefFor({ screen: 'visits' })} aria-current={route.screen === 'visits' ? 'page' : undefined}>
            {t('nav.visits')}
          </a>
        </nav>
        <WorkspaceMenu />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <DemoNotice />
        {route.screen === 'visit' ? <VisitScreen visitId={route.visitId} /> : <VisitsScreen />}
      </main>
    </div>
  );
}
