import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../../src-main/shared/contract/entities';
import { navigate } from '../../../app/route';
import { useBilingual } from '../../../i18n/bilingual';
import { useDateFormat } from '../../../i18n/dates';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDeleteVisit } from '../queries';

/** Placeholder overview: legs and delegations, read-only. The editing UI replaces it. */
export function VisitOverview({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation(['visits', 'common']);
  const remove = useDeleteVisit();
  const pick = useBilingual();
  const dates = useDateFormat();
  const { visit, legs, delegations } = detail;

  const confirmDelete = () => {
    if (window.confirm(t('visits:delete.confirm', { title: pick(visit.title) }))) {
      remove.mutate(visit.id, { onSuccess: () => navigate({ screen: 'visits' }) });
    }
  };

  return (
    <>
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
    </>
  );
}
