// The small dialogs of the itinerary: move an item, duplicate it to a date, duplicate a day, shift dates.
import { useState } from 'react';
import type { ItineraryItem, Leg } from '../../../../src-main/shared/contract/entities';
import { addDaysToIsoDate, isValidIsoDate } from '../../../../src-main/shared/domain/dates';
import { durationMinutes, legForDate } from '../../../../src-main/shared/domain/itinerary';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Dialog } from './Dialog';
import { normaliseTime } from './format';
import type { useItemMutations } from './queries';
import type { ItineraryText } from './text';
import { DateField } from '../../ui/DateInput';

type Mutations = ReturnType<typeof useItemMutations>;

/** The long date and the leg it falls in, under a date field. */
function DateEcho({ date, legs, text }: { date: string; legs: Leg[]; text: ItineraryText }) {
  if (!isValidIsoDate(date)) return null;
  const leg = legForDate(legs, date);
  return (
    <p className="hint date-echo">
      {text.long(date)}
      {leg ? ` · ${text.pick(leg.place.name)}` : ` · ${text.t('itinerary:leg.outside')}`}
    </p>
  );
}

export function MoveDialog({
  item,
  legs,
  text,
  onClose,
  onMove,
}: {
  item: ItineraryItem;
  legs: Leg[];
  text: ItineraryText;
  onClose: () => void;
  /** Moves the item (keeping its length) and keeps the focus on it. */
  onMove: (id: string, date: string, startTime: string) => void;
}) {
  const { t, pick } = text;
  const [date, setDate] = useState(item.date);
  const [time, setTime] = useState(item.startTime);
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const startTime = normaliseTime(time);
    setInvalid(!startTime || !isValidIsoDate(date));
    if (!startTime || !isValidIsoDate(date)) return;
    onClose();
    onMove(item.id, date, startTime);
  };
  return (
    <Dialog
      title={t('itinerary:move.heading', { title: pick(item.title) })}
      submitLabel={t('itinerary:move.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="field-row">
        <DateField label={t('itinerary:move.date')} value={date} onChange={setDate} autoFocus />
        <label className="field">
          <span>{t('itinerary:move.time')}</span>
          <input
            inputMode="numeric"
            placeholder={t('itinerary:editor.timePlaceholder')}
            value={time}
            aria-invalid={invalid || undefined}
            onChange={(e) => setTime(e.target.value)}
          />
        </label>
      </div>
      <DateEcho date={date} legs={legs} text={text} />
      {invalid && (
        <p className="field-error" role="alert">
          {t('itinerary:editor.invalidTime')}
        </p>
      )}
      <p className="hint">{t('itinerary:move.keepsLength', { minutes: durationMinutes(item) })}</p>
    </Dialog>
  );
}

export function DuplicateToDialog({
  item,
  legs,
  text,
  mutations,
  onClose,
  onDuplicated,
}: {
  item: ItineraryItem;
  legs: Leg[];
  text: ItineraryText;
  mutations: Mutations;
  onClose: () => void;
  onDuplicated: (id: string) => void;
}) {
  const { t, pick } = text;
  const [date, setDate] = useState(addDaysToIsoDate(item.date, 1));
  const submit = () => {
    if (!isValidIsoDate(date)) return;
    mutations.duplicate.mutate(
      { id: item.id, date },
      {
        onSuccess: (copy) => {
          onDuplicated(copy.id);
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      title={t('itinerary:duplicateTo.heading', { title: pick(item.title) })}
      submitLabel={t('itinerary:duplicateTo.submit')}
      busy={mutations.duplicate.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <DateField
        className="field field-narrow"
        label={t('itinerary:duplicateTo.date')}
        value={date}
        onChange={setDate}
        autoFocus
      />
      <DateEcho date={date} legs={legs} text={text} />
      <p className="hint">{t('itinerary:duplicateTo.hint')}</p>
      <ErrorMessage error={mutations.duplicate.error} />
    </Dialog>
  );
}

export function DuplicateDayDialog({
  date: fromDate,
  count,
  legs,
  text,
  mutations,
  onClose,
}: {
  date: string;
  count: number;
  legs: Leg[];
  text: ItineraryText;
  mutations: Mutations;
  onClose: () => void;
}) {
  const { t } = text;
  const [toDate, setToDate] = useState(addDaysToIsoDate(fromDate, 1));
  const same = toDate === fromDate;
  const submit = () => {
    if (!isValidIsoDate(toDate) || same) return;
    mutations.duplicateDay.mutate({ fromDate, toDate }, { onSuccess: onClose });
  };
  return (
    <Dialog
      title={t('itinerary:duplicateDay.heading', { date: text.long(fromDate) })}
      submitLabel={t('itinerary:duplicateDay.submit')}
      busy={mutations.duplicateDay.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <p>{t('itinerary:duplicateDay.body', { count })}</p>
      <DateField
        className="field field-narrow"
        label={t('itinerary:duplicateDay.to')}
        value={toDate}
        onChange={setToDate}
        autoFocus
      />
      <DateEcho date={toDate} legs={legs} text={text} />
      {same && <p className="hint hint-warn">{t('itinerary:duplicateDay.sameDate')}</p>}
      <ErrorMessage error={mutations.duplicateDay.error} />
    </Dialog>
  );
}

export function ShiftDialog({
  legs,
  initialLegId,
  text,
  mutations,
  onClose,
}: {
  legs: Leg[];
  /** Null: the whole visit. */
  initialLegId: string | null;
  text: ItineraryText;
  mutations: Mutations;
  onClose: () => void;
}) {
  const { t, pick } = text;
  const [legId, setLegId] = useState<string | null>(initialLegId);
  const [days, setDays] = useState('1');
  const n = Number(days);
  const valid = Number.isInteger(n) && n !== 0 && Math.abs(n) <= 366;
  const moving = legId ? legs.filter((l) => l.id === legId) : legs;
  const from = moving.length ? moving.map((l) => l.startDate).sort()[0] : null;
  const to = moving.length
    ? moving
        .map((l) => l.endDate)
        .sort()
        .at(-1)!
    : null;
  const range = (a: string, b: string) =>
    a === b ? text.short(a) : t('common:dateRange', { start: text.short(a), end: text.short(b) });
  const pending = mutations.shiftVisit.isPending || mutations.shiftLeg.isPending;

  const submit = () => {
    if (!valid) return;
    if (legId) mutations.shiftLeg.mutate({ id: legId, days: n }, { onSuccess: onClose });
    else mutations.shiftVisit.mutate(n, { onSuccess: onClose });
  };

  return (
    <Dialog
      title={t('itinerary:shift.heading')}
      submitLabel={t('itinerary:shift.submit')}
      busy={pending}
      onClose={onClose}
      onSubmit={submit}
    >
      <fieldset className="shift-scope">
        <legend>{t('itinerary:shift.scope')}</legend>
        <label className="check">
          <input type="radio" name="shift-scope" checked={legId === null} onChange={() => setLegId(null)} />
          {t('itinerary:shift.wholeVisit')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="shift-scope"
            checked={legId !== null}
            onChange={() => setLegId(legs[0]?.id ?? null)}
            disabled={legs.length === 0}
          />
          {t('itinerary:shift.oneLeg')}
        </label>
        {legId !== null && (
          <label className="field field-narrow shift-leg">
            <span>{t('itinerary:shift.leg')}</span>
            <select value={legId} onChange={(e) => setLegId(e.target.value)}>
              {legs.map((leg) => (
                <option key={leg.id} value={leg.id}>
                  {pick(leg.place.name)} ({range(leg.startDate, leg.endDate)})
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <label className="field field-narrow">
        <span>{t('itinerary:shift.days')}</span>
        <input
          type="number"
          step={1}
          min={-366}
          max={366}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          autoFocus
        />
      </label>
      {from && to && valid && (
        <p className="shift-preview">
          {t('itinerary:shift.preview', {
            from: range(from, to),
            to: range(addDaysToIsoDate(from, n), addDaysToIsoDate(to, n)),
          })}
        </p>
      )}
      {!valid && days !== '' && <p className="hint hint-warn">{t('itinerary:shift.zero')}</p>}
      <p className="hint">{t('itinerary:shift.hint')}</p>
      <ErrorMessage error={mutations.shiftVisit.error ?? mutations.shiftLeg.error} />
    </Dialog>
  );
}
