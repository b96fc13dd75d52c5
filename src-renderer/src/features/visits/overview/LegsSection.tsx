import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Leg, Place } from '../../../../../src-main/shared/contract/entities';
import { addDaysToIsoDate, dayCount } from '../../../../../src-main/shared/domain/dates';
import { useBilingual } from '../../../i18n/bilingual';
import { useDateFormat } from '../../../i18n/dates';
import { BilingualText } from '../../../ui/BilingualText';
import { ConfirmDeletion } from '../../../ui/ConfirmDialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FieldError } from '../../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../../ui/fieldIssues';
import { SaveState } from '../../../ui/SaveState';
import { useDraft } from '../../../ui/useDraft';
import { useUndoToast } from '../../../ui/useUndoToast';
import { PlacePicker, UnreviewedMarker } from '../../places/PlacePicker';
import { TimeZoneInput } from '../../places/TimeZoneInput';
import { useCreateLeg, useDeleteLeg, useUpdateLeg } from '../queries';
import { DateInput } from '../../../ui/DateInput';
import { legOverlaps } from '../../../../../src-main/shared/domain/itinerary';

/** A leg's date, stored when the field loses focus, on Enter, or when a day is picked from the calendar. */
function LegDateField({
  label,
  value,
  onCommit,
  errors,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  errors: string[];
}) {
  const id = useId();
  const [focused, setFocused] = useState(false);
  const [draft, setDraft] = useDraft(value, focused);
  return (
    <div className="field leg-date">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      <DateInput
        id={id}
        value={draft}
        invalid={errors.length > 0}
        describedBy={errors.length ? `${id}-error` : undefined}
        onChange={setDraft}
        onPick={(picked) => picked !== value && onCommit(picked)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (draft !== value) onCommit(draft);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (draft !== value) onCommit(draft);
          }
        }}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

function LegRow({
  leg,
  number,
  visitId,
  overlaps,
}: {
  leg: Leg;
  number: number;
  visitId: string;
  /** Earlier legs claiming some of this leg's dates, by their number. */
  overlaps: Array<{ number: number; from: string; to: string }>;
}) {
  const { t } = useTranslation('overview');
  const pick = useBilingual();
  const dates = useDateFormat();
  const id = useId();
  const update = useUpdateLeg();
  const remove = useDeleteLeg(visitId);
  const undoToast = useUndoToast();
  const issues = useFieldIssues(update.error);
  const [zoneFocused, setZoneFocused] = useState(false);
  const [zone, setZone] = useDraft(leg.timeZone, zoneFocused || update.isPending);
  const [confirming, setConfirming] = useState(false);
  const days = dayCount(leg.startDate, leg.endDate);
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) => update.mutate({ id: leg.id, patch });

  const doDelete = () =>
    remove
      .mutateAsync(leg.id)
      .then(() => {
        setConfirming(false);
        const name = pick(leg.place.name);
        undoToast(() => t('legs.deleted', { place: name }), 'legs.delete');
      })
      .catch(() => undefined); // the dialog shows remove.error

  return (
    <li className="leg-row">
      <section aria-labelledby={`${id}-heading`}>
        <div className="leg-row-head">
          <h3 id={`${id}-heading`}>
            <span className="leg-number">{t('legs.number', { n: number })}</span>{' '}
            <BilingualText value={leg.place.name} />
            {!leg.place.zhReviewed && <UnreviewedMarker />}
          </h3>
          <span className="muted leg-summary">
            {dates.range(leg.startDate, leg.endDate)} · {t('legs.days', { count: days })}
          </span>
          <SaveState status={update.status} submittedAt={update.submittedAt} />
          <button type="button" className="danger small" onClick={() => setConfirming(true)}>
            {t('legs.delete')}
            <span className="visually-hidden"> {pick(leg.place.name)}</span>
          </button>
        </div>
        {overlaps.map((overlap) => (
          <p key={overlap.number} className="hint hint-warn leg-overlap" role="status">
            {t('legs.overlap', { n: overlap.number, range: dates.range(overlap.from, overlap.to) })}
          </p>
        ))}
        <div className="leg-fields">
          <PlacePicker
            label={t('legs.place')}
            value={leg.place}
            showChosen={false}
            showAddLink={false}
            errors={issues('placeId')}
            onChange={(place) => place.id !== leg.placeId && save({ placeId: place.id })}
          />
          <LegDateField
            label={t('legs.start')}
            value={leg.startDate}
            errors={issues('startDate')}
            onCommit={(startDate) => save({ startDate })}
          />
          <LegDateField
            label={t('legs.end')}
            value={leg.endDate}
            errors={issues('endDate')}
            onCommit={(endDate) => save({ endDate })}
          />
          <div className="field leg-zone">
            <label htmlFor={`${id}-zone`}>
              <span>{t('legs.timeZone')}</span>
            </label>
            <TimeZoneInput
              id={`${id}-zone`}
              value={zone}
              onChange={setZone}
              onCommit={(timeZone) => {
                setZoneFocused(false);
                if (timeZone !== leg.timeZone) save({ timeZone });
              }}
              onFocus={() => setZoneFocused(true)}
              invalid={issues('timeZone').length > 0}
              describedBy={`${id}-zone-note ${id}-zone-error`}
            />
            <FieldError id={`${id}-zone-error`} messages={issues('timeZone')} />
            <p id={`${id}-zone-note`} className="field-note">
              {leg.timeZone === leg.place.timeZone ? (
                t('legs.zoneFromPlace')
              ) : (
                <button type="button" className="link-button" onClick={() => save({ timeZone: leg.place.timeZone })}>
                  {t('legs.useZoneOfPlace', { zone: leg.place.timeZone })}
                </button>
              )}
            </p>
          </div>
        </div>
        <ErrorMessage error={withoutIssues(update.error, ['placeId', 'startDate', 'endDate', 'timeZone'])} />
      </section>
      {confirming && (
        <ConfirmDeletion
          title={t('legs.confirmTitle')}
          confirmLabel={t('legs.confirmDelete')}
          mutation={remove}
          onConfirm={doDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('legs.confirmBody', { place: pick(leg.place.name), dates: dates.range(leg.startDate, leg.endDate) })}
          </p>
        </ConfirmDeletion>
      )}
    </li>
  );
}

function AddLegForm({
  visitId,
  legs,
  onClose,
  autoFocus,
}: {
  visitId: string;
  legs: Leg[];
  onClose: () => void;
  autoFocus: boolean;
}) {
  const { t } = useTranslation('overview');
  const id = useId();
  const create = useCreateLeg();
  const issues = useFieldIssues(create.error);
  const lastEnd = legs.reduce<string | null>((last, leg) => (!last || leg.endDate > last ? leg.endDate : last), null);
  const nextStart = lastEnd ? addDaysToIsoDate(lastEnd, 1) : '';
  const [place, setPlace] = useState<Place | null>(null);
  const [startDate, setStartDate] = useState(nextStart);
  const [endDate, setEndDate] = useState(nextStart);
  const [zone, setZone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const zoneValue = zone ?? place?.timeZone ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        visitId,
        placeId: place?.id ?? '',
        startDate,
        endDate,
        ...(zoneValue && zoneValue !== place?.timeZone ? { timeZone: zoneValue } : {}),
      },
      {
        onSuccess: (leg) => {
          // Ready for the next leg: it starts the day after this one ends.
          const next = addDaysToIsoDate(leg.endDate, 1);
          setPlace(null);
          setZone(null);
          setStartDate(next);
          setEndDate(next);
          form.current?.querySelector<HTMLInputElement>('[role="combobox"]')?.focus();
        },
      },
    );
  };

  return (
    <form ref={form} className="add-leg-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('legs.addHeading')}</h3>
      <div className="leg-fields">
        <PlacePicker
          label={t('legs.place')}
          value={place}
          onChange={setPlace}
          errors={issues('placeId')}
          required
          autoFocus={autoFocus}
        />
        <div className="field leg-date">
          <label htmlFor={`${id}-start`}>
            <span>{t('legs.start')}</span>
          </label>
          <DateInput
            id={`${id}-start`}
            value={startDate}
            required
            invalid={issues('startDate').length > 0}
            describedBy={`${id}-start-error`}
            onChange={(value) => {
              if (!endDate || endDate < value) setEndDate(value);
              setStartDate(value);
            }}
          />
          <FieldError id={`${id}-start-error`} messages={issues('startDate')} />
        </div>
        <div className="field leg-date">
          <label htmlFor={`${id}-end`}>
            <span>{t('legs.end')}</span>
          </label>
          <DateInput
            id={`${id}-end`}
            value={endDate}
            required
            invalid={issues('endDate').length > 0}
            describedBy={`${id}-end-error`}
            onChange={setEndDate}
          />
          <FieldError id={`${id}-end-error`} messages={issues('endDate')} />
        </div>
        <div className="field leg-zone">
          <label htmlFor={`${id}-zone`}>
            <span>{t('legs.timeZone')}</span>
          </label>
          <TimeZoneInput
            id={`${id}-zone`}
            value={zoneValue}
            onChange={setZone}
            invalid={issues('timeZone').length > 0}
            describedBy={`${id}-zone-note ${id}-zone-error`}
          />
          <FieldError id={`${id}-zone-error`} messages={issues('timeZone')} />
          <p id={`${id}-zone-note`} className="field-note">
            {t('legs.zoneDefaultHint')}
          </p>
        </div>
      </div>
      <ErrorMessage error={withoutIssues(create.error, ['placeId', 'startDate', 'endDate', 'timeZone'], true)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('legs.add')}
        </button>
        <button type="button" onClick={onClose}>
          {t('legs.doneAdding')}
        </button>
      </div>
    </form>
  );
}

/** The visit's legs in date order, each edited in place, and a form to add more. */
export function LegsSection({ visitId, legs }: { visitId: string; legs: Leg[] }) {
  const { t } = useTranslation('overview');
  const [adding, setAdding] = useState<'initial' | 'user' | null>(legs.length === 0 ? 'initial' : null);
  const addButton = useRef<HTMLButtonElement>(null);
  const overlaps = useMemo(() => legOverlaps(legs), [legs]);
  return (
    <section className="card legs-section" aria-labelledby="legs-heading">
      <div className="card-head">
        <h2 id="legs-heading">{t('legs.heading')}</h2>
        {!adding && (
          <button ref={addButton} type="button" onClick={() => setAdding('user')}>
            {t('legs.addButton')}
          </button>
        )}
      </div>
      {legs.length === 0 ? (
        <p className="muted">{t('legs.none')}</p>
      ) : (
        <ol className="leg-list">
          {legs.map((leg, index) => (
            <LegRow
              key={leg.id}
              leg={leg}
              number={index + 1}
              visitId={visitId}
              overlaps={overlaps
                .filter((o) => o.legId === leg.id)
                .map((o) => ({ number: legs.findIndex((l) => l.id === o.otherLegId) + 1, from: o.from, to: o.to }))}
            />
          ))}
        </ol>
      )}
      {adding && (
        <AddLegForm
          visitId={visitId}
          legs={legs}
          autoFocus={adding === 'user'}
          onClose={() => {
            setAdding(null);
            window.setTimeout(() => addButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}
