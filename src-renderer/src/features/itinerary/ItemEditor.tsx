import { useEffect, useId, useState } from 'react';
import type {
  Bilingual,
  Delegation,
  ItineraryItem,
  Leg,
  Member,
  Site,
} from '../../../../src-main/shared/contract/entities';
import { conflictsForItem, type Conflict } from '../../../../src-main/shared/domain/conflicts';
import { isValidIsoDate, minutesOfDay } from '../../../../src-main/shared/domain/dates';
import { legForDate, nextFreeSlot } from '../../../../src-main/shared/domain/itinerary';
import {
  ITEM_KINDS,
  TRANSPORT_MODES,
  type ItemKind,
  type TransportMode,
} from '../../../../src-main/shared/domain/vocabulary';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AttendeesPicker } from './AttendeesPicker';
import { conflictMessage, type ConflictLookups } from './conflictText';
import { Dialog } from './Dialog';
import { Icon } from './Icon';
import { JOURNEY_KINDS, normaliseTime } from './format';
import type { useItemMutations } from './queries';
import { SitePicker } from './SitePicker';
import type { ItineraryText } from './text';
import { DateField } from '../../ui/DateInput';

export type EditorTarget = { mode: 'new'; date: string } | { mode: 'edit'; item: ItineraryItem };

const DEFAULT_KIND: ItemKind = 'working_session';
const DEFAULT_MODE: Partial<Record<ItemKind, TransportMode>> = {
  transfer: 'coach',
  flight: 'flight',
  high_speed_train: 'high_speed_train',
};
const empty: Bilingual = { en: '', zh: '' };

interface Draft {
  kind: ItemKind;
  date: string;
  startTime: string;
  endTime: string;
  endsNextDay: boolean;
  title: Bilingual;
  description: Bilingual;
  siteId: string | null;
  hosts: Bilingual;
  attendees: ItineraryItem['attendees'];
  transportMode: TransportMode | null;
  dressCode: Bilingual;
  notes: Bilingual;
}

function slotFor(items: ItineraryItem[], date: string, kind: ItemKind) {
  return nextFreeSlot(
    items.filter((i) => i.date === date),
    kind,
  );
}

function initialDraft(target: EditorTarget, items: ItineraryItem[]): Draft {
  if (target.mode === 'edit') {
    const { item } = target;
    return {
      kind: item.kind,
      date: item.date,
      startTime: item.startTime,
      endTime: item.endTime,
      endsNextDay: item.endsNextDay,
      title: item.title,
      description: item.description,
      siteId: item.siteId,
      hosts: item.hosts,
      attendees: item.attendees,
      transportMode: item.transportMode,
      dressCode: item.dressCode,
      notes: item.notes,
    };
  }
  return {
    kind: DEFAULT_KIND,
    date: target.date,
    ...slotFor(items, target.date, DEFAULT_KIND),
    endsNextDay: false,
    title: empty,
    description: empty,
    siteId: null,
    hosts: empty,
    attendees: null,
    transportMode: null,
    dressCode: empty,
    notes: empty,
  };
}

/** All fields of an itinerary item in one dialog; Save writes them in one step. */
export function ItemEditor({
  target,
  legs,
  items,
  sites,
  delegations,
  members,
  conflicts,
  lookups,
  text,
  mutations,
  onClose,
  onSaved,
  onDelete,
}: {
  target: EditorTarget;
  legs: Leg[];
  items: ItineraryItem[];
  sites: Site[];
  delegations: Delegation[];
  members: Member[];
  conflicts: Conflict[];
  lookups: ConflictLookups;
  text: ItineraryText;
  mutations: ReturnType<typeof useItemMutations>;
  onClose: () => void;
  onSaved: (itemId: string, date: string) => void;
  onDelete: (item: ItineraryItem) => void;
}) {
  const { t, pick } = text;
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(target, items));
  // A new item follows its kind's default length and the day's next free slot until times are typed.
  const [timesTouched, setTimesTouched] = useState(target.mode === 'edit');
  const [timeErrors, setTimeErrors] = useState<{ start?: boolean; end?: boolean }>({});
  const isNew = target.mode === 'new';
  const mutation = isNew ? mutations.create : mutations.update;
  const resetMutation = mutation.reset;
  // A failure left over from an earlier editor is not this one's.
  useEffect(() => resetMutation(), [resetMutation]);

  const leg = isValidIsoDate(draft.date) ? legForDate(legs, draft.date) : undefined;
  const fallbackLeg = target.mode === 'edit' ? legs.find((l) => l.id === target.item.legId) : legs[0];
  const effectiveLeg = leg ?? fallbackLeg;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setKind = (kind: ItemKind) =>
    setDraft((d) => ({
      ...d,
      kind,
      transportMode: JOURNEY_KINDS.has(kind) ? (d.transportMode ?? DEFAULT_MODE[kind] ?? null) : d.transportMode,
      ...(timesTouched || !isValidIsoDate(d.date) ? {} : slotFor(items, d.date, kind)),
    }));
  const setDate = (date: string) =>
    setDraft((d) => ({
      ...d,
      date,
      ...(timesTouched || !isValidIsoDate(date) ? {} : slotFor(items, date, d.kind)),
    }));
  const setBilingual = (
    key: 'title' | 'description' | 'hosts' | 'dressCode' | 'notes',
    lang: 'en' | 'zh',
    value: string,
  ) => setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: value } }));

  const start = normaliseTime(draft.startTime);
  const end = normaliseTime(draft.endTime);
  const endNotAfterStart = start && end && !draft.endsNextDay && minutesOfDay(end) <= minutesOfDay(start);

  const save = () => {
    const errors = { start: !start, end: !end };
    setTimeErrors(errors);
    if (!start || !end) return;
    const fields = {
      legId: effectiveLeg?.id ?? '',
      date: draft.date,
      startTime: start,
      endTime: end,
      endsNextDay: draft.endsNextDay,
      kind: draft.kind,
      title: draft.title,
      description: draft.description,
      siteId: draft.siteId,
      hosts: draft.hosts,
      attendees: draft.attendees,
      transportMode: JOURNEY_KINDS.has(draft.kind) || draft.transportMode ? draft.transportMode : null,
      dressCode: draft.dressCode,
      notes: draft.notes,
    };
    if (target.mode === 'new') {
      mutations.create.mutate(fields, {
        onSuccess: (created) => {
          onSaved(created.id, created.date);
          onClose();
        },
      });
    } else {
      mutations.update.mutate(
        { id: target.item.id, patch: fields },
        {
          onSuccess: (updated) => {
            onSaved(updated.id, updated.date);
            onClose();
          },
        },
      );
    }
  };

  const own = target.mode === 'edit' ? conflictsForItem(conflicts, target.item.id) : [];
  const showTransport = JOURNEY_KINDS.has(draft.kind) || draft.transportMode !== null;

  const bilingualRow = (
    key: 'title' | 'description' | 'hosts' | 'dressCode' | 'notes',
    labelEn: string,
    labelZh: string,
    multiline = false,
  ) => (
    <div className="field-row">
      {(['en', 'zh'] as const).map((lang) => {
        const props = {
          lang: lang === 'en' ? 'en' : 'zh-CN',
          value: draft[key][lang],
          onChange: (e: { target: { value: string } }) => setBilingual(key, lang, e.target.value),
        };
        return (
          <label className="field" key={lang}>
            <span>{lang === 'en' ? labelEn : labelZh}</span>
            {multiline ? (
              <textarea rows={2} {...props} />
            ) : (
              <input {...props} autoFocus={key === 'title' && lang === (text.zh ? 'zh' : 'en')} />
            )}
          </label>
        );
      })}
    </div>
  );

  return (
    <Dialog
      wide
      title={isNew ? t('itinerary:editor.newHeading') : t('itinerary:editor.editHeading')}
      submitLabel={isNew ? t('itinerary:editor.create') : t('itinerary:editor.save')}
      busy={mutation.isPending}
      onClose={onClose}
      onSubmit={save}
      extraActions={
        target.mode === 'edit' ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              onDelete(target.item);
              onClose();
            }}
          >
            {t('itinerary:editor.delete')}
          </button>
        ) : null
      }
    >
      {own.length > 0 && (
        <ul className="editor-conflicts" aria-label={t('itinerary:editor.conflicts')}>
          {own.map((conflict, index) => (
            <li key={`${conflict.rule}-${index}`} className={`marker marker-${conflict.severity}`}>
              <Icon name={conflict.severity === 'error' ? 'error' : 'warning'} size={14} />
              <span className="sr-only">{t(`itinerary:conflicts.${conflict.severity}`)}: </span>
              {conflictMessage(conflict, target.mode === 'edit' ? target.item.id : undefined, lookups, text)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="editor-section">{t('itinerary:editor.sections.when')}</h3>
      <div className="editor-when">
        <label className="field">
          <span>{t('itinerary:editor.kind')}</span>
          <select value={draft.kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
            {ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`domain:itemKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('itinerary:editor.date')} value={draft.date} onChange={setDate} required />
        <label className="field field-time">
          <span>{t('itinerary:editor.start')}</span>
          <input
            inputMode="numeric"
            placeholder={t('itinerary:editor.timePlaceholder')}
            value={draft.startTime}
            aria-invalid={timeErrors.start || undefined}
            aria-describedby={timeErrors.start ? `${id}-time-error` : undefined}
            onChange={(e) => {
              setTimesTouched(true);
              set('startTime', e.target.value);
            }}
            onBlur={() => start && set('startTime', start)}
          />
        </label>
        <label className="field field-time">
          <span>{t('itinerary:editor.end')}</span>
          <input
            inputMode="numeric"
            placeholder={t('itinerary:editor.timePlaceholder')}
            value={draft.endTime}
            aria-invalid={timeErrors.end || undefined}
            aria-describedby={timeErrors.end ? `${id}-time-error` : undefined}
            onChange={(e) => {
              setTimesTouched(true);
              set('endTime', e.target.value);
            }}
            onBlur={() => end && set('endTime', end)}
          />
        </label>
        <label className="check editor-next-day">
          <input type="checkbox" checked={draft.endsNextDay} onChange={(e) => set('endsNextDay', e.target.checked)} />
          {t('itinerary:editor.endsNextDay')}
        </label>
      </div>
      <p className="hint editor-leg">
        {isValidIsoDate(draft.date) && <strong>{text.long(draft.date)}</strong>}
        {isValidIsoDate(draft.date) && ' · '}
        {leg
          ? t('itinerary:editor.leg', { city: pick(leg.place.name), zone: leg.timeZone })
          : t('itinerary:editor.noLeg')}
      </p>
      {(timeErrors.start || timeErrors.end) && (
        <p className="field-error" id={`${id}-time-error`} role="alert">
          {t('itinerary:editor.invalidTime')}
        </p>
      )}
      {endNotAfterStart && <p className="hint hint-warn">{t('itinerary:editor.endBeforeStartHint')}</p>}
      {bilingualRow('title', t('itinerary:editor.titleEn'), t('itinerary:editor.titleZh'))}

      <h3 className="editor-section">{t('itinerary:editor.sections.where')}</h3>
      <SitePicker
        sites={sites}
        value={draft.siteId}
        onChange={(siteId) => set('siteId', siteId)}
        placeId={effectiveLeg?.placeId ?? null}
        text={text}
      />
      {bilingualRow('hosts', t('itinerary:editor.hostsEn'), t('itinerary:editor.hostsZh'))}
      <AttendeesPicker
        value={draft.attendees}
        onChange={(attendees) => set('attendees', attendees)}
        delegations={delegations}
        members={members}
        text={text}
      />
      {showTransport && (
        <label className="field field-narrow">
          <span>{t('itinerary:editor.transportMode')}</span>
          <select
            value={draft.transportMode ?? ''}
            onChange={(e) => set('transportMode', (e.target.value || null) as TransportMode | null)}
          >
            <option value="">{t('itinerary:editor.noTransportMode')}</option>
            {TRANSPORT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`domain:transportMode.${mode}`)}
              </option>
            ))}
          </select>
        </label>
      )}

      <h3 className="editor-section">{t('itinerary:editor.sections.details')}</h3>
      {bilingualRow('description', t('itinerary:editor.descriptionEn'), t('itinerary:editor.descriptionZh'), true)}
      {bilingualRow('dressCode', t('itinerary:editor.dressCodeEn'), t('itinerary:editor.dressCodeZh'))}
      {bilingualRow('notes', t('itinerary:editor.notesEn'), t('itinerary:editor.notesZh'), true)}
      <ErrorMessage
        error={mutation.error}
        fieldLabels={Object.fromEntries(
          Object.entries({
            title: `${t('itinerary:editor.titleEn')} / ${t('itinerary:editor.titleZh')}`,
            date: t('itinerary:editor.date'),
            startTime: t('itinerary:editor.start'),
            endTime: t('itinerary:editor.end'),
            legId: t('itinerary:editor.date'),
            siteId: t('itinerary:site.label'),
          }).flatMap(([key, label]) => [
            [key, label],
            [`patch.${key}`, label],
          ]),
        )}
      />
    </Dialog>
  );
}
