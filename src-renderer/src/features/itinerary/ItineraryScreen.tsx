import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../src-main/shared/contract/entities';

/** Placeholder: the day-by-day itinerary editor replaces it. */
export function ItineraryScreen({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation('common');
  return (
    <p className="muted" data-visit={detail.visit.id}>
      {t('loading')}
    </p>
  );
}
