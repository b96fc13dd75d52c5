import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ImportVisitPackageButton } from '../exchange/ImportVisitPackageButton';
import { useLoadDemo } from '../workspaces/queries';
import { NewVisitForm } from './NewVisitForm';
import { useVisits } from './queries';
import { StatusBadge } from './StatusBadge';

export function VisitsScreen() {
  const { t } = useTranslation('visits');
  const visits = useVisits();
  const pick = useBilingual();
  const dates = useDateFormat();
  const [creating, setCreating] = useState(false);
  const demo = useLoadDemo();

  const list = visits.data ?? [];
  return (
    <section className="screen" aria-labelledby="visits-heading">
      <div className="screen-header">
        <h1 id="visits-heading">{t('list.heading')}</h1>
        <div className="actions">
          <ImportVisitPackageButton />
          {list.length > 0 && !creating && (
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('list.new')}
            </button>
          )}
        </div>
      </div>
      <ErrorMessage error={visits.error} />
      {creating && <NewVisitForm onCancel={() => setCreating(false)} />}
      {visits.isSuccess && list.length === 0 && !creating && (
        <div className="empty-state">
          <h2>{t('empty.heading')}</h2>
          <p>{t('empty.body')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('list.new')}
            </button>
            <button type="button" onClick={() => demo.mutate(undefined)} disabled={demo.isPending}>
              {demo.isPending ? t('empty.loadingDemo') : t('empty.loadDemo')}
            </button>
          </div>
          <p className="hint">{t('empty.demoHint')}</p>
          <ErrorMessage error={demo.error} />
        </div>
      )}
      {list.length > 0 && (
        <ul className="visit-list">
          {list.map((visit) => (
            <li key={visit.id} className="visit-card">
              <a href={hrefFor({ screen: 'visit', visitId: visit.id })}>
                <div className="visit-card-title">
                  <strong>{pick(visit.title)}</strong>
                  <StatusBadge status={visit.status} />
                </div>
                <div className="visit-card-meta">
                  <span>{visit.startDate ? dates.range(visit.startDate, visit.endDate) : t('list.noDates')}</span>
                  {visit.hostPlaces.length > 0 && <span>{visit.hostPlaces.map(pick).join(' · ')}</span>}
                  <span>
                    {t('list.legs', { count: visit.legCount })} ·{' '}
                    {t('list.delegations', { count: visit.delegationCount })}
                  </span>
                </div>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
