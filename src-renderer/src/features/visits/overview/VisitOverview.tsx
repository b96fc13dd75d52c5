import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../../src-main/shared/contract/entities';
import { dayCount } from '../../../../../src-main/shared/domain/dates';
import { navigate } from '../../../app/route';
import { useBilingual } from '../../../i18n/bilingual';
import { useDateFormat } from '../../../i18n/dates';
import { ConfirmDeletion } from '../../../ui/ConfirmDialog';
import { useUndoToast } from '../../../ui/useUndoToast';
import { DelegationsSection } from '../../delegations/DelegationsSection';
import { forgetVisitQueries, useDeleteVisitForOverview } from '../queries';
import { LegsSection } from './LegsSection';
import { VisitFields } from './VisitFields';
import './overview.css';

/** The visit at a glance: dates, number of days, legs, delegations and people. */
function VisitFacts({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation('overview');
  const dates = useDateFormat();
  const { visit, legs, delegations } = detail;
  const start = legs.reduce<string | null>(
    (first, leg) => (!first || leg.startDate < first ? leg.startDate : first),
    null,
  );
  const end = legs.reduce<string | null>((last, leg) => (!last || leg.endDate > last ? leg.endDate : last), null);
  const members = delegations.reduce((sum, d) => sum + d.memberCount, 0);
  const facts = [
    { key: 'dates', label: t('facts.dates'), value: start && end ? dates.range(start, end) : t('facts.noDates') },
    {
      key: 'days',
      label: t('facts.days'),
      value: start && end ? t('facts.dayCount', { count: dayCount(start, end) }) : '–',
    },
    { key: 'legs', label: t('facts.legs'), value: String(legs.length) },
    { key: 'delegations', label: t('facts.delegations'), value: String(delegations.length) },
    { key: 'members', label: t('facts.members'), value: String(members) },
    { key: 'revision', label: t('facts.revision'), value: String(visit.revision) },
  ];
  return (
    <dl className="visit-facts" aria-label={t('facts.label')}>
      {facts.map((fact) => (
        <div key={fact.key} className={`visit-fact visit-fact-${fact.key}`}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function DeleteVisit({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation('overview');
  const pick = useBilingual();
  const client = useQueryClient();
  const remove = useDeleteVisitForOverview();
  const undoToast = useUndoToast();
  const [confirming, setConfirming] = useState(false);
  const { visit } = detail;

  const doDelete = () =>
    remove
      .mutateAsync(visit.id)
      .then(() => {
        setConfirming(false);
        navigate({ screen: 'visits' });
        // Once the visit's screen has gone, forget its cached data (a refetch would only find it deleted).
        window.setTimeout(() => forgetVisitQueries(client, visit.id), 0);
        const title = visit.title;
        undoToast(
          () => t('delete.deleted', { title: pick(title) }),
          'visits.delete',
          () => navigate({ screen: 'visit', visitId: visit.id }),
        );
      })
      .catch(() => undefined); // the dialog shows remove.error

  return (
    <section className="card danger-zone" aria-labelledby="delete-visit-heading">
      <h2 id="delete-visit-heading">{t('delete.heading')}</h2>
      <p className="hint">{t('delete.hint')}</p>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('delete.button')}
      </button>
      {confirming && (
        <ConfirmDeletion
          title={t('delete.confirmTitle')}
          confirmLabel={t('delete.confirmButton')}
          mutation={remove}
          onConfirm={doDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('delete.confirmBody', {
              title: pick(visit.title),
              legs: detail.legs.length,
              delegations: detail.delegations.length,
            })}
          </p>
          <p className="hint">{t('delete.undoHint')}</p>
        </ConfirmDeletion>
      )}
    </section>
  );
}

/** The visit's overview tab: its own fields (edited in place), legs, delegations with members, delete. */
export function VisitOverview({ detail }: { detail: VisitDetail }) {
  const { visit, legs, delegations } = detail;
  return (
    <div className="visit-overview">
      <VisitFacts detail={detail} />
      <VisitFields visit={visit} />
      <LegsSection visitId={visit.id} legs={legs} />
      <DelegationsSection visitId={visit.id} delegations={delegations} />
      <DeleteVisit detail={detail} />
    </div>
  );
}
