import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../../src-main/shared/domain/vocabulary';

export function StatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('domain');
  return <span className={`status-badge status-${status}`}>{t(`visitStatus.${status}`)}</span>;
}
