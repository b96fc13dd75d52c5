import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { FieldError } from '../../ui/FieldError';
import { PlaceForm } from './PlaceForm';
import { usePlaces } from './queries';
import './places.css';
import { useDebounced } from '../../ui/useDebounced';

export interface PlacePickerProps {
  /** The visible label, e.g. "Host place". */
  label: string;
  value: Place | null;
  onChange: (place: Place) => void;
  /** Places not to offer (already chosen). */
  exclude?: string[];
  /** Empties the input after each choice, for adding to a list (a delegation's origins). */
  clearOnSelect?: boolean;
  /** Translated problems of this field. */
  errors?: string[];
  required?: boolean;
  autoFocus?: boolean;
  /** Shows the chosen place's names, country and markers under the input (default). */
  showChosen?: boolean;
  /** Shows the "Add a new place" link next to the label (default); the list always ends with that option. */
  showAddLink?: boolean;
}

/** A small tag for places whose Chinese name nobody has checked yet. */
export function UnreviewedMarker() {
  const { t } = useTranslation('places');
  return (
    <span className="unreviewed-marker" title={t('unreviewedHint')}>
      {t('unreviewed')}
    </span>
  );
}

/** "Beijing 北京 · CN · China", for showing a chosen place. */
export function PlaceSummary({ place }: { place: Place }) {
  const { t } = useTranslation(['places', 'domain']);
  return (
    <span className="place-summary">
      <span className="place-summary-names">
        <BilingualText value={place.name} />
      </span>
      <span className="place-meta">
        {place.country} · {t(`domain:placeSide.${place.side}`)}
        {place.pilot && <span className="pilot-marker">{t('places:pilot')}</span>}
        {!place.zhReviewed && <UnreviewedMarker />}
      </span>
    </span>
  );
}

/**
 * Picks a place from the gazetteer: a combobox searching `places.list` in English or Chinese, each option
 * with both names, country and side; the last option adds a new place inline. Keyboard: ↓/↑ move,
 * Enter chooses, Escape closes (or restores the chosen place's name).
 */
export function PlacePicker({
  label,
  value,
  onChange,
  exclude = [],
  clearOnSelect = false,
  errors = [],
  required,
  autoFocus,
  showChosen = true,
  showAddLink = true,
}: PlacePickerProps) {
  const { t } = useTranslation(['places', 'domain']);
  const pick = useBilingual();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState<string | null>(null);

  const query = useDebounced(editing ? text.trim() : '', 120);
  const places = usePlaces(query);
  const options = (places.data ?? []).filter((place) => !exclude.includes(place.id)).slice(0, 60);
  const total = options.length + 1;
  const activeIndex = Math.min(active, total - 1);
  const shown = editing ? text : clearOnSelect || !value ? '' : pick(value.name);
  const listId = `${id}-list`;
  const optionId = (index: number) => (index < options.length ? `${id}-option-${index}` : `${id}-add`);
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;

  const close = () => {
    setOpen(false);
    setEditing(false);
    setText('');
  };
  const choose = (index: number) => {
    if (index < options.length) {
      onChange(options[index]);
      close();
    } else {
      setAdding(editing ? text.trim() : '');
      close();
    }
  };

  useEffect(() => {
    if (!open) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  return (
    <div className="place-picker">
      <div className="place-picker-head">
        <label htmlFor={`${id}-input`}>{label}</label>
        {adding === null && showAddLink && (
          <button type="button" className="link-button" onClick={() => setAdding('')}>
            {t('places:addNew')}
          </button>
        )}
      </div>
      <div className="place-picker-box">
        <input
          ref={input}
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? optionId(activeIndex) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          aria-required={required || undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          placeholder={t('places:searchPlaceholder')}
          value={shown}
          onChange={(event) => {
            setEditing(true);
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onMouseDown={() => setOpen(!open)}
          onBlur={close}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              if (!open) setOpen(true);
              else setActive(Math.min(activeIndex + 1, total - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive(Math.max(activeIndex - 1, 0));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              choose(activeIndex);
            } else if (event.key === 'Escape' && (open || editing)) {
              event.preventDefault();
              event.stopPropagation();
              close();
            }
          }}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            className="place-options"
            onMouseDown={(event) => event.preventDefault()}
          >
            {options.map((place, index) => (
              <li
                key={place.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="place-option"
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(index)}
              >
                <span className="place-option-names">
                  <BilingualText value={place.name} />
                </span>
                <span className="place-meta">
                  {place.country} · {t(`domain:placeSide.${place.side}`)}
                  {place.pilot && <span className="pilot-marker">{t('places:pilot')}</span>}
                  {!place.zhReviewed && <UnreviewedMarker />}
                </span>
              </li>
            ))}
            {options.length === 0 && places.isSuccess && (
              <li role="presentation" className="place-option-empty">
                {t('places:noMatch')}
              </li>
            )}
            <li
              id={optionId(options.length)}
              role="option"
              aria-selected={activeIndex === options.length}
              className="place-option place-option-add"
              onMouseEnter={() => setActive(options.length)}
              onClick={() => choose(options.length)}
            >
              {editing && text.trim() ? t('places:addNamed', { name: text.trim() }) : t('places:addNew')}
            </li>
          </ul>
        )}
      </div>
      {value && !clearOnSelect && showChosen && (
        <p className="place-picker-chosen">
          <PlaceSummary place={value} />
        </p>
      )}
      <FieldError id={errorId} messages={errors} />
      {adding !== null && (
        <PlaceForm
          initialName={adding}
          onSaved={(place) => {
            setAdding(null);
            onChange(place);
            input.current?.focus();
          }}
          onCancel={() => {
            setAdding(null);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}
