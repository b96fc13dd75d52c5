import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { PlacePicker, UnreviewedMarker } from './PlacePicker';
import { usePlaceIndex } from './queries';

/** Several places in order (a delegation's origins): the chosen ones as removable chips, then a picker to add one. */
export function PlaceMultiPicker({
  label,
  placeIds,
  onChange,
  errors,
}: {
  label: string;
  placeIds: string[];
  onChange: (placeIds: string[]) => void;
  errors?: string[];
}) {
  const { t } = useTranslation('places');
  const places = usePlaceIndex();
  const pick = useBilingual();
  return (
    <div className="place-multi-picker">
      {placeIds.length > 0 && (
        <ul className="place-chips" aria-label={label}>
          {placeIds.map((placeId) => {
            const place = places.get(placeId);
            const name = place ? pick(place.name) : placeId;
            return (
              <li key={placeId} className="place-chip">
                {place ? <BilingualText value={place.name} /> : name}
                {place && !place.zhReviewed && <UnreviewedMarker />}
                <button
                  type="button"
                  className="chip-remove"
                  onClick={() => onChange(placeIds.filter((other) => other !== placeId))}
                >
                  {t('remove')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <PlacePicker
        label={placeIds.length > 0 ? t('addAnother', { label }) : label}
        value={null}
        clearOnSelect
        exclude={placeIds}
        errors={errors}
        onChange={(place) => onChange([...placeIds, place.id])}
      />
    </div>
  );
}
