import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Visit } from '../../../../../src-main/shared/contract/entities';
import { VISIT_STATUSES, type VisitStatus } from '../../../../../src-main/shared/domain/vocabulary';
import { BilingualInput } from '../../../ui/BilingualInput';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FieldError } from '../../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../../ui/fieldIssues';
import { SaveState } from '../../../ui/SaveState';
import { sameTrimmed, useDraft } from '../../../ui/useDraft';
import { useUpdateVisitField } from '../queries';
import { ThemesEditor } from './ThemesEditor';

type TextField = 'title' | 'purpose' | 'notes';

/** One bilingual field of the visit, saved when a input loses focus (or on Enter in a single-line one). */
function VisitTextField({
  visit,
  field,
  label,
  multiline,
}: {
  visit: Visit;
  field: TextField;
  label: string;
  multiline?: boolean;
}) {
  const update = useUpdateVisitField(visit.id);
  const issues = useFieldIssues(update.error);
  const [editing, setEditing] = useState<'en' | 'zh' | null>(null);
  // While a save runs, or while the user is in one of the inputs, the stored value does not overwrite the draft.
  const [draft, setDraft] = useDraft<Bilingual>(visit[field], update.isPending || (editing ? [editing] : []));
  const commit = (value: Bilingual) => {
    if (sameTrimmed(value, visit[field])) return;
    update.mutate({ [field]: value });
  };
  return (
    <div className="inline-field">
      <div className="inline-field-head">
        <h3 className="inline-field-label">{label}</h3>
        <SaveState status={update.status} submittedAt={update.submittedAt} />
      </div>
      <BilingualInput
        label={label}
        value={draft}
        onChange={setDraft}
        onCommit={commit}
        onEditingChange={setEditing}
        multiline={multiline}
        errors={issues(field)}
        required={field === 'title'}
      />
      <ErrorMessage error={withoutIssues(update.error, [field])} />
    </div>
  );
}

function StatusField({ visit }: { visit: Visit }) {
  const { t } = useTranslation(['overview', 'domain']);
  const id = useId();
  const update = useUpdateVisitField(visit.id);
  const issues = useFieldIssues(update.error);
  return (
    <div className="inline-field status-field">
      <div className="inline-field-head">
        <label htmlFor={`${id}-status`} className="inline-field-label">
          {t('overview:fields.status')}
        </label>
        <SaveState status={update.status} submittedAt={update.submittedAt} />
      </div>
      <select
        id={`${id}-status`}
        value={visit.status}
        onChange={(event) => update.mutate({ status: event.target.value as VisitStatus })}
      >
        {VISIT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`domain:visitStatus.${status}`)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messages={issues('status')} />
      <ErrorMessage error={withoutIssues(update.error, ['status'])} />
    </div>
  );
}

/** The visit's own fields, edited in place: every change is saved at once, there is no Save button. */
export function VisitFields({ visit }: { visit: Visit }) {
  const { t } = useTranslation('overview');
  return (
    <section className="card overview-fields" aria-labelledby="overview-fields-heading">
      <div className="card-head">
        <h2 id="overview-fields-heading">{t('fields.heading')}</h2>
        <p className="hint">{t('fields.autosaveHint')}</p>
      </div>
      <VisitTextField visit={visit} field="title" label={t('fields.title')} />
      <StatusField visit={visit} />
      <VisitTextField visit={visit} field="purpose" label={t('fields.purpose')} multiline />
      <ThemesEditor visit={visit} />
      <VisitTextField visit={visit} field="notes" label={t('fields.notes')} multiline />
    </section>
  );
}
