import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Delegation } from '../../../../src-main/shared/contract/entities';
import { BilingualInput } from '../../ui/BilingualInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FieldError } from '../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../ui/fieldIssues';
import { PlaceMultiPicker } from '../places/PlaceMultiPicker';
import { usePlaceIndex } from '../places/queries';
import { TimeZoneInput } from '../places/TimeZoneInput';
import { useCreateDelegation, useUpdateDelegation } from './queries';

const EMPTY: Bilingual = { en: '', zh: '' };

/** Adds a delegation to a visit, or edits one: names, origin places, home time zone, notes. */
export function DelegationForm({
  visitId,
  delegation,
  onDone,
  onCancel,
}: {
  visitId: string;
  delegation?: Delegation;
  onDone: (delegation: Delegation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('delegations');
  const id = useId();
  const create = useCreateDelegation(visitId);
  const update = useUpdateDelegation(visitId);
  const mutation = delegation ? update : create;
  const issues = useFieldIssues(mutation.error);
  const places = usePlaceIndex();
  const [name, setName] = useState<Bilingual>(delegation?.name ?? EMPTY);
  const [origins, setOrigins] = useState<string[]>(delegation?.originPlaceIds ?? []);
  const [zone, setZone] = useState<string | null>(delegation?.homeTimeZone ?? null);
  const [notes, setNotes] = useState<Bilingual>(delegation?.notes ?? EMPTY);
  // Until the user sets it, the home time zone is the first origin's.
  const zoneValue = zone ?? (origins[0] ? (places.get(origins[0])?.timeZone ?? '') : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name, originPlaceIds: origins, homeTimeZone: zoneValue.trim(), notes };
    if (delegation) update.mutate({ id: delegation.id, patch: fields }, { onSuccess: onDone });
    else create.mutate({ visitId, ...fields }, { onSuccess: onDone });
  };

  return (
    <form className="delegation-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{delegation ? t('form.editHeading') : t('form.addHeading')}</h3>
      <BilingualInput
        label={t('fields.name')}
        value={name}
        onChange={setName}
        errors={issues('name')}
        required
        autoFocus
      />
      <PlaceMultiPicker
        label={t('fields.origins')}
        placeIds={origins}
        onChange={setOrigins}
        errors={issues('originPlaceIds')}
      />
      <div className="field field-zone">
        <label htmlFor={`${id}-zone`}>
          <span>{t('fields.homeTimeZone')}</span>
        </label>
        <TimeZoneInput
          id={`${id}-zone`}
          value={zoneValue}
          onChange={setZone}
          required
          invalid={issues('homeTimeZone').length > 0}
          describedBy={`${id}-zone-note ${id}-zone-error`}
        />
        <FieldError id={`${id}-zone-error`} messages={issues('homeTimeZone')} />
        <p id={`${id}-zone-note`} className="field-note">
          {t('fields.homeTimeZoneHint')}
        </p>
      </div>
      <BilingualInput label={t('fields.notes')} value={notes} onChange={setNotes} multiline errors={issues('notes')} />
      <ErrorMessage error={withoutIssues(mutation.error, ['name', 'originPlaceIds', 'homeTimeZone', 'notes'], true)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {delegation ? t('form.save') : t('form.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
