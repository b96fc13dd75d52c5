import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSiteUsage } from './queries';

/** "Where is this site used": every itinerary item at the site, linking to its visit's itinerary. */
export function SiteUsage({ siteId }: { siteId: string }) {
  const { t } = useTranslation(['sites', 'common']);
  const usage = useSiteUsage(siteId);
  const pick = useBilingual();
  const dates = useDateFormat();
  return (
    <section className="site-usage" aria-labelledby={`usage-${siteId}`}>
      <h3 id={`usage-${siteId}`}>{t('usage.heading')}</h3>
      <ErrorMessage error={usage.error} />
      {usage.isPending && <p className="muted">{t('common:loading')}</p>}
      {usage.data && usage.data.length === 0 && <p className="muted">{t('usage.none')}</p>}
      {usage.data && usage.data.length > 0 && (
        <>
          <p className="hint">{t('usage.count', { count: usage.data.length })}</p>
          <ul className="usage-list">
            {usage.data.map((use) => (
              <li key={use.itemId}>
                <a href={hrefFor({ screen: 'visit', visitId: use.visitId, tab: 'itinerary' })}>
                  <span className="usage-when">
                    {t('sites:usage.when', { date: dates.long(use.date), time: use.startTime })}
                  </span>
                  <span className="usage-title">{pick(use.title)}</span>
                  <span className="usage-visit">{pick(use.visitTitle)}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
