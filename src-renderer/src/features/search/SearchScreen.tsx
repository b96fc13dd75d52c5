import { useTranslation } from 'react-i18next';

/** Placeholder: search results replace it. */
export function SearchScreen({ query }: { query: string }) {
  const { t } = useTranslation('common');
  return (
    <section className="screen">
      <h1>{t('nav.search')}</h1>
      <p>{query}</p>
    </section>
  );
}
