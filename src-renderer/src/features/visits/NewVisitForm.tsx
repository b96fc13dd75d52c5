import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type VisitStatus } from '../../../../src-main/shared/domain/vocabulary';
import { navigate } from '../../app/route';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useCreateVisit } from './queries';

export function NewVisitForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['visits', 'domain', 'common']);
  const create = useCreateVisit();
  const [titleEn, setTitleEn] = useState('');
  const [titleZh, setTitleZh] = useState('');
  const [status, setStatus] = useState<VisitStatus>('draft');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title: { en: titleEn, zh: titleZh }, status },
      { onSuccess: (visit) => navigate({ screen: 'visit', visitId: visit.id }) },
    );
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-visit-heading">
      <h2 id="new-visit-heading">{t('visits:new.heading')}</h2>
      <div className="field-row">
        <label className="field">
          <span>{t('visits:fields.titleEn')}</span>
          <input lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} autoFocus />
        </label>
        <label className="field">
          <span>{t('visits:fields.titleZh')}</span>
          <input lang="zh-CN" value={titleZh} onChange={(e) => setTitleZh(e.target.value)} />
        </label>
      </div>
      <label className="field field-narrow">
        <span>{t('visits:fields.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as VisitStatus)}>
          {VISIT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`domain:visitStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('visits:new.hint')}</p>
      <ErrorMessage error={create.error} fieldLabels={{ title: t('visits:fields.title') }} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('visits:new.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
