import { useTranslation } from 'react-i18next';
import { useDesktopMenu } from '../features/desktop/useDesktopMenu';
import { HistoryControls } from '../features/history/HistoryControls';
import { SearchBox } from '../features/search/SearchBox';
import { SearchScreen } from '../features/search/SearchScreen';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { PlacesScreen } from '../features/places/PlacesScreen';
import { SitesScreen } from '../features/sites/SitesScreen';
import { VisitScreen } from '../features/visits/VisitScreen';
import { VisitsScreen } from '../features/visits/VisitsScreen';
import { DemoNotice } from '../features/workspaces/DemoNotice';
import { WorkspaceMenu } from '../features/workspaces/WorkspaceMenu';
import { hrefFor, useRoute, type Route } from './route';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'visit':
      return <VisitScreen visitId={route.visitId} tab={route.tab} />;
    case 'sites':
      return <SitesScreen />;
    case 'places':
      return <PlacesScreen />;
    case 'search':
      return <SearchScreen query={route.query} />;
    default:
      return <VisitsScreen />;
  }
}

export function App() {
  const { t } = useTranslation('common');
  const route = useRoute();
  useDesktopMenu(); // the desktop app's menu commands and events (nothing in browser mode)
  const current = (screen: Route['screen']) =>
    route.screen === screen || (screen === 'visits' && route.screen === 'visit') ? 'page' : undefined;
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
          <a href={hrefFor({ screen: 'visits' })} aria-current={current('visits')}>
            {t('nav.visits')}
          </a>
          <a href={hrefFor({ screen: 'sites' })} aria-current={current('sites')}>
            {t('nav.sites')}
          </a>
          <a href={hrefFor({ screen: 'places' })} aria-current={current('places')}>
            {t('nav.places')}
          </a>
        </nav>
        <SearchBox query={route.screen === 'search' ? route.query : ''} />
        <HistoryControls />
        <WorkspaceMenu />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <DemoNotice />
        <Screen route={route} />
      </main>
    </div>
  );
}
