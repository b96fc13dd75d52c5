import { useTranslation } from 'react-i18next';
import { useWorkspaces } from './queries';

/** Reminds the user that the example workspace is separate from their own data. */
export function DemoNotice() {
  const { t } = useTranslation('workspaces');
  const { data } = useWorkspaces();
  if (!data?.current.isDemo) return null;
  return (
    <p className="demo-notice" role="note">
      {t('demoNotice')}
    </p>
  );
}
