import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Place } from '../../../../src-main/shared/contract/entities';
import {
  PLACE_KINDS,
  PLACE_SIDES,
  type PlaceKind,
  type PlaceSide,
} from '../../../../src-main/shared/domain/vocabulary';
import { BilingualInput } from '../../ui/BilingualInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FieldError } from '../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../ui/fieldIssues';
import { useCreatePlace, useUpdatePlace } from './queries';
import { TimeZoneInput } from './TimeZoneInput';
import { CHINA_ZONES, EU_COUNTRY_ZONES } from './timeZones';

const HAN = /[\u3400-\u9fff]/;

const sideOf = (country: string): PlaceSide | null =>
  CHINA_ZONES[country] ? 'china' : EU_COUNTRY_ZONES[country] ? 'eu' : country.length === 2 ? 'other' : null;
const zoneOf = (country: string): string | null => CHINA_ZONES[country] ?? EU_COUNTRY_ZONES[country] ?? null;

/**
 * Adds a place to the workspace's gazetteer (from inside a picker, or the Places screen), or edits one.
 * Not a <form>: pickers sit inside other forms, so Enter is handled here. For a new place, side and time
 * zone follow the country code until the user sets them.
 */
export function PlaceForm({
  place,
  initialName = '',
  onSaved,
  onCancel,
  autoFocus = true,
}: {
  /** The place to edit; without it, the form adds a new one. */
  place?: Place;
  initialName?: string;
  onSaved: (place: Place) => void;
  onCancel: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation(['places', 'domain']);
  const id = useId();
  const create = useCreatePlace();
  const update = useUpdatePlace();
  const save = place ? update : create;
  const issues = useFieldIssues(save.error);
  const han = HAN.test(initialName);
  const [name, setName] = useState<Bilingual>(
    place?.name ?? { en: han ? '' : initialName, zh: han ? initialName : '' },
  );
  const [country, setCountry] = useState(place?.country ?? (han ? 'CN' : ''));
  const [side, setSide] = useState<PlaceSide | null>(place?.side ?? null);
  const [timeZone, setTimeZone] = useState<string | null>(place?.timeZone ?? null);
  const [kind, setKind] = useState<PlaceKind>(place?.kind ?? 'city');
  const [needsReview, setNeedsReview] = useState(place ? !place.zhReviewed : false);

  const code = country.trim().toUpperCase();
  const sideValue = side ?? sideOf(code) ?? 'other';
  const zoneValue = timeZone ?? zoneOf(code) ?? '';

  const submit = () => {
    const fields = { name, country: code, side: sideValue, timeZone: zoneValue, kind, zhReviewed: !needsReview };
    if (place) update.mutate({ id: place.id, patch: fields }, { onSuccess: onSaved });
    else create.mutate(fields, { onSuccess: onSaved });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className="new-place-form" role="group" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown}>
      <h4 id={`${id}-heading`}>{place ? t('places:edit.heading') : t('places:new.heading')}</h4>
      <BilingualInput
        label={t('places:fields.name')}
        value={name}
        onChange={setName}
        errors={issues('name')}
        autoFocus={autoFocus}
        required
      />
      <div className="new-place-grid">
        <label className="field">
          <span>{t('places:fields.country')}</span>
          <input
            value={country}
            maxLength={2}
            lang="en"
            autoComplete="off"
            className="country-input"
            placeholder={t('places:fields.countryPlaceholder')}
            aria-invalid={issues('country').length > 0 || undefined}
            aria-describedby={`${id}-country-error`}
            onChange={(event) => setCountry(event.target.value.toUpperCase())}
          />
          <FieldError id={`${id}-country-error`} messages={issues('country')} />
        </label>
        <label className="field">
          <span>{t('places:fields.side')}</span>
          <select value={sideValue} onChange={(event) => setSide(event.target.value as PlaceSide)}>
            {PLACE_SIDES.map((s) => (
              <option key={s} value={s}>
                {t(`domain:placeSide.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('places:fields.kind')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as PlaceKind)}>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`domain:placeKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label htmlFor={`${id}-zone`}>
            <span>{t('places:fields.timeZone')}</span>
          </label>
          <TimeZoneInput
            id={`${id}-zone`}
            value={zoneValue}
            onChange={setTimeZone}
            invalid={issues('timeZone').length > 0}
            describedBy={`${id}-zone-error`}
          />
          <FieldError id={`${id}-zone-error`} messages={issues('timeZone')} />
        </div>
      </div>
      <label className="checkbox-field">
        <input type="checkbox" checked={needsReview} onChange={(event) => setNeedsReview(event.target.checked)} />
        <span>{t('places:fields.needsReview')}</span>
      </label>
      <ErrorMessage
        error={withoutIssues(save.error, ['name', 'country', 'timeZone'], true)}
        fieldLabels={{ side: t('places:fields.side'), kind: t('places:fields.kind') }}
      />
      <div className="actions">
        <button type="button" className="primary" onClick={submit} disabled={save.isPending}>
          {place ? t('places:edit.save') : t('places:new.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('places:new.cancel')}
        </button>
      </div>
    </div>
  );
}
