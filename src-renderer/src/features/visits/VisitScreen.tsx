import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDeleteVisit, useVisit } from './queries';
import { StatusBadge } from './StatusBadge';

export function VisitScreen({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation(['visits', 'common']);
  const detail = useVisit(visitId);
  const remove = useDeleteVisit();
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
  const { visit, legs, delegations } = detail.data;
  const zhActive = i18n.language.startsWith('zh');
  const secondTitle = zhActive ? visit.title.en : visit.title.zh;

  const confirmDelete = () => {
    if (window.confirm(t('visits:delete.confirm', { title: pick(visit.title) }))) {
      remove.mutate(visit.id, { onSuccess: () => navigate({ screen: 'visits' }) });
    }
  };

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
        </div>
        <StatusBadge status={visit.status} />
      </div>
      <div className="card">
        <h2>{t('visits:legs.heading')}</h2>
        {legs.length === 0 ? (
          <p className="muted">{t('visits:legs.none')}</p>
        ) : (
          <ul className="plain-list">
            {legs.map((leg) => (
              <li key={leg.id}>
                <strong>{pick(leg.place.name)}</strong> — {dates.range(leg.startDate, leg.endDate)}{' '}
                <span className="muted">({leg.timeZone})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>{t('visits:delegations.heading')}</h2>
        {delegations.length === 0 ? (
          <p className="muted">{t('visits:delegations.none')}</p>
        ) : (
          <ul className="plain-list">
            {delegations.map((d) => (
              <li key={d.id}>
                <strong>{pick(d.name)}</strong> · {t('visits:delegations.members', { count: d.memberCount })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ErrorMessage error={remove.error} />
      <div className="actions">
        <button type="button" className="danger" onClick={confirmDelete}>
          {t('visits:delete.button')}
        </button>
      </div>
    </section>
  );
}
