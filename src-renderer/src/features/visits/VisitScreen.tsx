import { useTranslation } from 'react-i18next';
import { hrefFor, type VisitTab } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportFilesButton } from '../exchange/ExportFilesButton';
import { ExportPdfButton } from '../export/ExportPdfButton';
import { ItineraryScreen } from '../itinerary/ItineraryScreen';
import { VisitOverview } from './overview/VisitOverview';
import { useVisit } from './queries';
import { StatusBadge } from './StatusBadge';

/** One visit: its heading, then the overview (legs, delegations) or the day-by-day itinerary. */
export function VisitScreen({ visitId, tab }: { visitId: string; tab: VisitTab }) {
  const { t, i18n } = useTranslation(['visits', 'common']);
  const detail = useVisit(visitId);
  const pick = useBilingual();
  const dates = useDateFormat();

  if (detail.error) {
    return (
      <section className="screen">
        <ErrorMessage error={detail.error} />
        <a href={hrefFor({ screen: 'visits' })}>{t('visits:backToList')}</a>
      </section>
    );
  }
  if (!detail.data) return <p className="loading">{t('common:loading')}</p>;
  const { visit, legs } = detail.data;
  const zhActive = i18n.language.startsWith('zh');
  const secondTitle = zhActive ? visit.title.en : visit.title.zh;
  const start = legs[0]?.startDate ?? null;
  const end = legs.reduce<string | null>((last, leg) => (!last || leg.endDate > last ? leg.endDate : last), null);

  return (
    <section className="screen" aria-labelledby="visit-heading">
      <a className="back-link" href={hrefFor({ screen: 'visits' })}>
        {t('visits:backToList')}
      </a>
      <div className="screen-header">
        <div>
          <h1 id="visit-heading">{pick(visit.title)}</h1>
          {secondTitle && secondTitle !== pick(visit.title) && (
            <p className="subtitle" lang={zhActive ? 'en' : 'zh-CN'}>
              {secondTitle}
            </p>
          )}
          {start && <p className="muted">{dates.range(start, end)}</p>}
        </div>
        <div className="export-heading-actions">
          <StatusBadge status={visit.status} />
          <ExportPdfButton detail={detail.data} />
          <ExportFilesButton detail={detail.data} />
        </div>
      </div>
      <nav className="tabs" aria-label={t('visits:tabs.label')}>
        <a
          href={hrefFor({ screen: 'visit', visitId, tab: 'overview' })}
          aria-current={tab === 'overview' ? 'page' : undefined}
        >
          {t('visits:tabs.overview')}
        </a>
        <a
          href={hrefFor({ screen: 'visit', visitId, tab: 'itinerary' })}
          aria-current={tab === 'itinerary' ? 'page' : undefined}
        >
          {t('visits:tabs.itinerary')}
        </a>
      </nav>
      {tab === 'itinerary' ? <ItineraryScreen detail={detail.data} /> : <VisitOverview detail={detail.data} />}
    </section>
  );
}
