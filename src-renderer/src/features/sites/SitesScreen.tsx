import { useTranslation } from 'react-i18next';

/** Placeholder: the site library replaces it. */
export function SitesScreen() {
  const { t } = useTranslation('common');
  return (
    <section className="screen">
      <h1>{t('nav.sites')}</h1>
    </section>
  );
}
