import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItineraryItem, VisitDetail } from '../../../../src-main/shared/contract/entities';
import { minutesOfDay } from '../../../../src-main/shared/domain/dates';
import { hrefFor } from '../../app/route';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useUndoRedo } from '../history/queries';
import { showToast } from '../../ui/Toast';
import { useVisits } from '../visits/queries';
import { ActionsContext, type ItineraryActions } from './actions';
import { ConflictPanel } from './ConflictPanel';
import { markersByItem, type ConflictLookups } from './conflictText';
import { DaySection } from './DaySection';
import { DuplicateDayDialog, DuplicateToDialog, MoveDialog, ShiftDialog } from './Dialogs';
import { groupByLeg, utcOffsetLabel } from './format';
import { Icon } from './Icon';
import { ItemEditor, type EditorTarget } from './ItemEditor';
import type { HomeZone } from './ItemRow';
import {
  useConflicts,
  useItemMutations,
  useItems,
  useSetBuffer,
  useSettings,
  useSites,
  useVisitMembers,
} from './queries';
import { useItineraryText } from './text';
import './itinerary.css';

type Overlay =
  | { kind: 'editor'; target: EditorTarget }
  | { kind: 'move'; item: ItineraryItem }
  | { kind: 'duplicateTo'; item: ItineraryItem }
  | { kind: 'duplicateDay'; date: string; count: number }
  | { kind: 'shift'; legId: string | null }
  | null;

const HOME_TIME_KEY = 'svp.itinerary.showHomeTime';
/** Above this many items, days render their rows only when scrolled near. */
const LAZY_FROM_ITEMS = 400;
const DEFAULT_TIMELINE_START = 6 * 60;

/** The item named in the address (#/visits/ID/itinerary?item=ITEM), e.g. from a search result. */
const itemInHash = () => /[?&]item=([^&]+)/.exec(window.location.hash)?.[1] ?? null;

interface FocusRequest {
  id: string;
  /** The day the item is expected on (after a move); any day otherwise. */
  date?: string;
  /** Also scroll it to the middle and highlight it (from a link or the conflict list). */
  flash?: boolean;
  at: number;
}
const FOCUS_PATIENCE_MS = 5000;

/** Focuses an item's title once it is on screen (on its new day, after a move); false until then. */
function revealItem({ id, date, flash: highlight }: FocusRequest): boolean {
  const row = document.getElementById(`item-${id}`);
  const title = row?.querySelector<HTMLElement>('.item-title');
  if (!row || !title) return false;
  if (date && row.closest<HTMLElement>('[data-date]')?.dataset.date !== date) return false;
  if (document.activeElement !== title) {
    title.focus({ preventScroll: true });
    if (!highlight) row.scrollIntoView({ block: 'nearest' });
  }
  if (highlight) flash(id);
  return true;
}

function flash(id: string) {
  const row = document.getElementById(`item-${id}`);
  if (!row) return;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.classList.remove('is-flash');
  void row.offsetWidth;
  row.classList.add('is-flash');
}

/** The visit's days grouped by leg, with every itinerary edit, live conflicts, and undo. */
export function ItineraryScreen({ detail }: { detail: VisitDetail }) {
  const visitId = detail.visit.id;
  const text = useItineraryText();
  const { t, pick } = text;
  const legs = useMemo(() => [...detail.legs].sort((a, b) => a.startDate.localeCompare(b.startDate)), [detail.legs]);
  const delegations = detail.delegations;
  const items = useItems(visitId);
  const conflicts = useConflicts(visitId);
  const sites = useSites();
  const members = useVisitMembers(delegations);
  const visits = useVisits();
  const settings = useSettings();
  const setBuffer = useSetBuffer();
  const mutations = useItemMutations(visitId, legs);
  const { undoIfLatest } = useUndoRedo();

  const [overlay, setOverlay] = useState<Overlay>(null);
  const [showHome, setShowHome] = useState(() => localStorage.getItem(HOME_TIME_KEY) === '1');
  const [buffer, setBufferText] = useState<string | null>(null);
  const bufferTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The item to focus once it is on screen (after a move, a copy, a new item, a link).
  const pendingFocus = useRef<FocusRequest | null>(null);
  // The item asked for last: its day renders its rows even when far from the screen.
  const [wanted, setWanted] = useState<{ id: string; tick: number } | null>(null);

  const list = items.data;
  const groups = useMemo(() => groupByLeg(legs, list ?? []), [legs, list]);
  const lookups = useMemo<ConflictLookups>(
    () => ({
      visitId,
      items: new Map((list ?? []).map((i) => [i.id, i])),
      sites: new Map((sites.data ?? []).map((s) => [s.id, s])),
      legs: new Map(legs.map((l) => [l.id, l])),
      delegations: new Map(delegations.map((d) => [d.id, d])),
      visitTitles: new Map((visits.data ?? []).map((v) => [v.id, v.title])),
    }),
    [visitId, list, sites.data, legs, delegations, visits.data],
  );
  const markers = useMemo(() => markersByItem(conflicts.data ?? [], lookups, text), [conflicts.data, lookups, text]);
  const siteNames = useMemo(() => new Map((sites.data ?? []).map((s) => [s.id, pick(s.name)])), [sites.data, pick]);
  const attendeesOf = useMemo(() => {
    const delegationNames = new Map(delegations.map((d) => [d.id, pick(d.name)]));
    const memberNames = new Map(members.map((m) => [m.id, text.memberName(m)]));
    const separator = text.zh ? '、' : ', ';
    return (item: ItineraryItem) =>
      item.attendees === null
        ? t('itinerary:item.everyone')
        : [
            ...item.attendees.delegationIds.map((id) => delegationNames.get(id) ?? ''),
            ...item.attendees.memberIds.map((id) => memberNames.get(id) ?? ''),
          ]
            .filter(Boolean)
            .join(separator) || '—';
  }, [delegations, members, text, t, pick]);
  const homeZones = useMemo<HomeZone[]>(() => {
    if (!showHome) return [];
    const zones = new Map<string, string[]>();
    for (const d of delegations) zones.set(d.homeTimeZone, [...(zones.get(d.homeTimeZone) ?? []), pick(d.name)]);
    return [...zones].map(([zone, names]) => ({ zone, delegations: names.join(text.zh ? '、' : ', ') }));
  }, [showHome, delegations, pick, text]);
  const timelineStart = useMemo(() => {
    let start = DEFAULT_TIMELINE_START;
    for (const item of list ?? []) start = Math.min(start, Math.floor(minutesOfDay(item.startTime) / 60) * 60);
    return start;
  }, [list]);

  // Focus what was asked for as soon as it is rendered.
  useEffect(() => {
    const request = pendingFocus.current;
    if (request && (revealItem(request) || Date.now() - request.at > FOCUS_PATIENCE_MS)) pendingFocus.current = null;
  });
  // A link to an item (a search result): go there once the items are loaded.
  const linkTarget = useRef<string | null>(null);
  useEffect(() => {
    const onHash = () => {
      const id = itemInHash();
      linkTarget.current = id;
      if (id) setWanted((w) => ({ id, tick: (w?.tick ?? 0) + 1 }));
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const id = linkTarget.current;
    if (!id || !list?.some((i) => i.id === id)) return;
    linkTarget.current = null;
    const request = { id, flash: true, at: Date.now() };
    pendingFocus.current = request;
    requestAnimationFrame(() => {
      if (pendingFocus.current === request && revealItem(request)) pendingFocus.current = null;
    });
  }, [list, wanted]);

  const { move: moveMutation, remove: removeMutation, duplicate: duplicateMutation } = mutations;
  const moveItem = moveMutation.mutate;
  const removeItem = removeMutation.mutate;
  const duplicateItem = duplicateMutation.mutate;

  const focusItem = useCallback((id: string, date?: string, highlight = false) => {
    pendingFocus.current = { id, date, flash: highlight, at: Date.now() };
    setWanted((w) => ({ id, tick: (w?.tick ?? 0) + 1 }));
  }, []);

  const actions = useMemo<ItineraryActions>(
    () => ({
      edit: (item) => setOverlay({ kind: 'editor', target: { mode: 'edit', item } }),
      add: (date) => setOverlay({ kind: 'editor', target: { mode: 'new', date } }),
      move: (id, date, startTime) => {
        focusItem(id, date);
        moveItem({ id, date, startTime });
      },
      duplicate: (item) =>
        duplicateItem(
          { id: item.id },
          {
            onSuccess: (copy) => {
              focusItem(copy.id);
              showToast({
                message: () => t('itinerary:item.duplicated', { title: pick(item.title) }),
                action: { label: () => t('itinerary:item.undo'), run: undoIfLatest('items.duplicate') },
              });
            },
          },
        ),
      openMove: (item) => setOverlay({ kind: 'move', item }),
      openDuplicateTo: (item) => setOverlay({ kind: 'duplicateTo', item }),
      openDuplicateDay: (date, count) => setOverlay({ kind: 'duplicateDay', date, count }),
      openShift: (legId) => setOverlay({ kind: 'shift', legId }),
      remove: (item) => {
        // The focus moves on to the next item (or the one before), not to the page.
        const rows = [...document.querySelectorAll<HTMLElement>('li.item[id^="item-"]')].map((row) => row.id.slice(5));
        const at = rows.indexOf(item.id);
        const neighbour = rows[at + 1] ?? rows[at - 1];
        if (at >= 0 && neighbour) focusItem(neighbour);
        removeItem(item, {
          onSuccess: () =>
            showToast({
              message: () => t('itinerary:item.deleted', { title: pick(item.title) || t('itinerary:item.untitled') }),
              action: { label: () => t('itinerary:item.undo'), run: undoIfLatest('items.delete') },
            }),
        });
      },
      focusItem: (id) => focusItem(id, undefined, true),
    }),
    [focusItem, moveItem, duplicateItem, removeItem, t, pick, undoIfLatest],
  );

  const changeBuffer = (value: string) => {
    setBufferText(value);
    clearTimeout(bufferTimer.current);
    const minutes = Number(value);
    if (value === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > 240) return;
    bufferTimer.current = setTimeout(() => setBuffer.mutate(minutes), 400);
  };

  if (legs.length === 0 && !list?.length) {
    return (
      <div className="empty-state">
        <h2>{t('itinerary:noLegs.heading')}</h2>
        <p>{t('itinerary:noLegs.body')}</p>
        <a href={hrefFor({ screen: 'visit', visitId, tab: 'overview' })}>{t('itinerary:noLegs.link')}</a>
      </div>
    );
  }

  const close = () => setOverlay(null);
  const lazy = (list?.length ?? 0) > LAZY_FROM_ITEMS;
  const wantedDate = wanted ? lookups.items.get(wanted.id)?.date : undefined;
  const bufferValue = buffer ?? String(settings.data?.minimumBufferMinutes ?? '');

  return (
    <ActionsContext.Provider value={actions}>
      <div className="itinerary">
        <div className="itinerary-toolbar" role="group" aria-label={t('itinerary:toolbar.label')}>
          <button type="button" onClick={() => actions.openShift(null)}>
            {t('itinerary:toolbar.shift')}
          </button>
          <label className="check" title={t('itinerary:toolbar.showHomeTimeHint')}>
            <input
              type="checkbox"
              checked={showHome}
              onChange={(e) => {
                setShowHome(e.target.checked);
                localStorage.setItem(HOME_TIME_KEY, e.target.checked ? '1' : '0');
              }}
            />
            {t('itinerary:toolbar.showHomeTime')}
          </label>
          <label className="buffer-setting">
            <span>{t('itinerary:toolbar.buffer')}</span>
            <input
              type="number"
              min={0}
              max={240}
              step={5}
              value={bufferValue}
              onChange={(e) => changeBuffer(e.target.value)}
            />
            <span aria-hidden="true">{t('itinerary:toolbar.bufferUnit')}</span>
          </label>
          {buffer !== null && setBuffer.isSuccess && String(setBuffer.data.minimumBufferMinutes) === buffer && (
            <span className="saved-note" role="status">
              <Icon name="ok" size={14} />
              {t('itinerary:toolbar.bufferSaved')}
            </span>
          )}
          <ErrorMessage error={setBuffer.error} />
        </div>
        <p className="hint keyboard-hint" id="itinerary-keyboard-hint">
          {t('itinerary:toolbar.keyboardHint')}
        </p>
        <ConflictPanel
          conflicts={conflicts.data}
          lookups={lookups}
          text={text}
          onGoTo={(id) => actions.focusItem(id)}
        />
        <ErrorMessage
          error={
            items.error ??
            conflicts.error ??
            mutations.move.error ??
            mutations.remove.error ??
            mutations.duplicate.error ??
            null
          }
        />
        {!list ? (
          <p className="muted">{t('itinerary:loading')}</p>
        ) : (
          groups.map((group) => {
            const leg = group.leg;
            const zone =
              leg?.timeZone ??
              lookups.legs.get(group.days[0]?.items[0]?.legId ?? '')?.timeZone ??
              legs[0]?.timeZone ??
              'UTC';
            const headingId = `leg-${group.key}`;
            return (
              <section key={group.key} className="leg" aria-labelledby={headingId}>
                <header className="leg-header">
                  <div>
                    <h2 id={headingId}>{leg ? pick(leg.place.name) : t('itinerary:leg.outside')}</h2>
                    {leg ? (
                      <p className="leg-meta">
                        <span>
                          {leg.startDate === leg.endDate
                            ? text.short(leg.startDate)
                            : t('common:dateRange', { start: text.short(leg.startDate), end: text.short(leg.endDate) })}
                        </span>
                        <span>
                          {t('itinerary:leg.timeZone', {
                            zone: leg.timeZone,
                            offset: utcOffsetLabel(leg.timeZone, leg.startDate),
                          })}
                        </span>
                      </p>
                    ) : (
                      <p className="leg-meta">{t('itinerary:leg.outsideHint')}</p>
                    )}
                  </div>
                  {leg && (
                    <button type="button" onClick={() => actions.openShift(leg.id)}>
                      {t('itinerary:leg.shift')}
                    </button>
                  )}
                </header>
                {group.days.map((day) => (
                  <DaySection
                    key={day.date}
                    day={day}
                    legZone={zone}
                    timelineStart={timelineStart}
                    markers={markers}
                    siteNames={siteNames}
                    attendeesOf={attendeesOf}
                    homeZones={homeZones}
                    text={text}
                    lazy={lazy}
                    force={day.date === wantedDate}
                  />
                ))}
              </section>
            );
          })
        )}
      </div>
      {overlay?.kind === 'editor' && (
        <ItemEditor
          target={overlay.target}
          legs={legs}
          items={list ?? []}
          sites={sites.data ?? []}
          delegations={delegations}
          members={members}
          conflicts={conflicts.data ?? []}
          lookups={lookups}
          text={text}
          mutations={mutations}
          onClose={close}
          onSaved={focusItem}
          onDelete={actions.remove}
        />
      )}
      {overlay?.kind === 'move' && (
        <MoveDialog item={overlay.item} legs={legs} text={text} onClose={close} onMove={actions.move} />
      )}
      {overlay?.kind === 'duplicateTo' && (
        <DuplicateToDialog
          item={overlay.item}
          legs={legs}
          text={text}
          mutations={mutations}
          onClose={close}
          onDuplicated={focusItem}
        />
      )}
      {overlay?.kind === 'duplicateDay' && (
        <DuplicateDayDialog
          date={overlay.date}
          count={overlay.count}
          legs={legs}
          text={text}
          mutations={mutations}
          onClose={close}
        />
      )}
      {overlay?.kind === 'shift' && (
        <ShiftDialog legs={legs} initialLegId={overlay.legId} text={text} mutations={mutations} onClose={close} />
      )}
    </ActionsContext.Provider>
  );
}
