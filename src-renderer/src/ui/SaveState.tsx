import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SaveStatus = 'idle' | 'pending' | 'success' | 'error';

/**
 * A quiet note next to a field saved in place: "Saving…", then "Saved" for a few seconds, or
 * "Not saved" while the last attempt failed (the field shows why).
 */
export function SaveState({ status, submittedAt }: { status: SaveStatus; submittedAt?: number }) {
  const { t } = useTranslation('ui');
  const [fadedAt, setFadedAt] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (status !== 'success') return;
    const timer = window.setTimeout(() => setFadedAt(submittedAt), 3000);
    return () => window.clearTimeout(timer);
  }, [status, submittedAt]);
  const faded = status === 'success' && fadedAt === submittedAt;
  const text =
    status === 'pending' ? t('saving') : status === 'error' ? t('notSaved') : status === 'success' ? t('saved') : '';
  return (
    <span className={`save-state save-state-${faded ? 'idle' : status}`} aria-live="polite">
      {faded ? '' : text}
    </span>
  );
}
