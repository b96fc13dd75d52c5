import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Site } from '../../../../src-main/shared/contract/entities';
import { SITE_CATEGORIES, type SiteCategory } from '../../../../src-main/shared/domain/vocabulary';
import { BilingualInput } from '../../ui/BilingualInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FieldError } from '../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../ui/fieldIssues';
import { PlacePicker } from '../places/PlacePicker';
import { usePlaceIndex } from '../places/queries';
import { useCreateSite, useUpdateSite } from './queries';

const EMPTY: Bilingual = { en: '', zh: '' };

type CoordinateText = { latitude: string; longitude: string };
const coordinateText = (value: number | null) => (value === null ? '' : String(value));
/** '' is no coordinate; a comma is read as a decimal point; anything else that is not a number is refused. */
const parseCoordinate = (text: string): number | null | 'invalid' => {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'invalid';
};

/** Creates a site in the library or edits one. */
export function SiteForm({
  site,
  onDone,
  onCancel,
}: {
  site?: Site;
  onDone: (site: Site) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['sites', 'domain', 'errors']);
  const id = useId();
  const create = useCreateSite();
  const update = useUpdateSite();
  const mutation = site ? update : create;
  const issues = useFieldIssues(mutation.error);
  const places = usePlaceIndex();
  const [name, setName] = useState<Bilingual>(site?.name ?? EMPTY);
  const [address, setAddress] = useState<Bilingual>(site?.address ?? EMPTY);
  const [placeId, setPlaceId] = useState<string | null>(site?.placeId ?? null);
  const [category, setCategory] = useState<SiteCategory>(site?.category ?? 'other');
  const [contact, setContact] = useState(site?.contact ?? { name: '', phone: '', email: '' });
  const [coordinates, setCoordinates] = useState<CoordinateText>({
    latitude: coordinateText(site?.latitude ?? null),
    longitude: coordinateText(site?.longitude ?? null),
  });
  const [notes, setNotes] = useState<Bilingual>(site?.notes ?? EMPTY);
  const [zhReviewed, setZhReviewed] = useState(site?.zhReviewed ?? true);
  const [badCoordinates, setBadCoordinates] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const latitude = parseCoordinate(coordinates.latitude);
    const longitude = parseCoordinate(coordinates.longitude);
    const bad = [latitude === 'invalid' ? 'latitude' : '', longitude === 'invalid' ? 'longitude' : ''].filter(Boolean);
    setBadCoordinates(bad);
    if (latitude === 'invalid' || longitude === 'invalid') return;
    const fields = { name, address, placeId, category, contact, latitude, longitude, notes, zhReviewed };
    if (site) update.mutate({ id: site.id, patch: fields }, { onSuccess: onDone });
    else create.mutate(fields, { onSuccess: onDone });
  };

  const coordinateErrors = (key: 'latitude' | 'longitude') => [
    ...(badCoordinates.includes(key) ? [t('errors:field.invalid_type')] : []),
    ...issues(key),
  ];
  const contactInput = (key: 'name' | 'phone' | 'email', type: string) => {
    const errors = issues(`contact.${key}`);
    return (
      <label className="field">
        <span>{t(`fields.contact.${key}`)}</span>
        <input
          type={type}
          value={contact[key]}
          autoComplete="off"
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? `${id}-contact-${key}-error` : undefined}
          onChange={(event) => setContact({ ...contact, [key]: event.target.value })}
        />
        <FieldError id={`${id}-contact-${key}-error`} messages={errors} />
      </label>
    );
  };
  const coordinateInput = (key: 'latitude' | 'longitude') => {
    const errors = coordinateErrors(key);
    return (
      <label className="field">
        <span>{t(`fields.${key}`)}</span>
        <input
          inputMode="decimal"
          value={coordinates[key]}
          lang="en"
          autoComplete="off"
          placeholder={key === 'latitude' ? '34.7466' : '113.6254'}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? `${id}-${key}-error` : undefined}
          onChange={(event) => setCoordinates({ ...coordinates, [key]: event.target.value })}
        />
        <FieldError id={`${id}-${key}-error`} messages={errors} />
      </label>
    );
  };

  const place = placeId ? (places.get(placeId) ?? null) : null;
  return (
    <form className="site-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{site ? t('form.editHeading') : t('form.newHeading')}</h2>
      <BilingualInput
        label={t('fields.name')}
        value={name}
        onChange={setName}
        errors={issues('name')}
        required
        autoFocus
      />
      <label className="checkbox-field">
        <input type="checkbox" checked={zhReviewed} onChange={(event) => setZhReviewed(event.target.checked)} />
        <span>{t('fields.zhReviewed')}</span>
      </label>
      <BilingualInput
        label={t('fields.address')}
        value={address}
        onChange={setAddress}
        multiline
        errors={issues('address')}
      />
      <div className="site-form-grid">
        <div className="site-place">
          <PlacePicker
            label={t('fields.place')}
            value={place}
            onChange={(p) => setPlaceId(p.id)}
            errors={issues('placeId')}
          />
          {place && (
            <button type="button" className="link-button" onClick={() => setPlaceId(null)}>
              {t('form.clearPlace')}
            </button>
          )}
        </div>
        <label className="field">
          <span>{t('fields.category')}</span>
          <select value={category} onChange={(event) => setCategory(event.target.value as SiteCategory)}>
            {SITE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`domain:siteCategory.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="site-fieldset">
        <legend>{t('fields.contact.heading')}</legend>
        <div className="site-form-grid site-form-grid-3">
          {contactInput('name', 'text')}
          {contactInput('phone', 'tel')}
          {contactInput('email', 'email')}
        </div>
      </fieldset>
      <fieldset className="site-fieldset">
        <legend>{t('fields.coordinates')}</legend>
        <p className="hint">{t('form.coordinatesHint')}</p>
        <div className="site-form-grid">
          {coordinateInput('latitude')}
          {coordinateInput('longitude')}
        </div>
      </fieldset>
      <BilingualInput label={t('fields.notes')} value={notes} onChange={setNotes} multiline errors={issues('notes')} />
      <ErrorMessage
        error={withoutIssues(
          mutation.error,
          ['name', 'address', 'placeId', 'contact', 'latitude', 'longitude', 'notes'],
          true,
        )}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {site ? t('form.save') : t('form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
