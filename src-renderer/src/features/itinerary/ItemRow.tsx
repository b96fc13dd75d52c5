import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { ItineraryItem } from '../../../../src-main/shared/contract/entities';
import { addDaysToIsoDate, minutesOfDay, timeOfMinutes } from '../../../../src-main/shared/domain/dates';
import { DRAG_TYPE, useActions, type DragPayload } from './actions';
import type { Marker } from './conflictText';
import { kindGroup, timeInZone } from './format';
import { Icon } from './Icon';
import { MenuButton } from './MenuButton';
import type { ItineraryText } from './text';

export interface HomeZone {
  zone: string;
  /** The delegations at home in that zone, for the tooltip. */
  delegations: string;
}

const STEP_MINUTES = 15;
const LAST_START = 24 * 60 - STEP_MINUTES;

interface ItemRowProps {
  item: ItineraryItem;
  markers: Marker[] | undefined;
  siteName: string;
  attendees: string;
  legZone: string;
  /** Home zones to show beside the time; empty when "Show home time" is off. */
  homeZones: HomeZone[];
  text: ItineraryText;
}

function ItemRowView({ item, markers, siteName, attendees, legZone, homeZones, text }: ItemRowProps) {
  const actions = useActions();
  const { t, pick, labels } = text;
  const title = pick(item.title) || labels.untitled;
  const otherTitle = text.other(item.title);
  const hosts = pick(item.hosts);
  const dressCode = pick(item.dressCode);
  const severity = markers?.some((m) => m.severity === 'error') ? 'error' : markers?.length ? 'warning' : null;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    const onRow = event.target instanceof HTMLElement && event.target.classList.contains('item-title');
    if (!event.altKey) {
      if (event.key === 'Delete' && onRow) {
        event.preventDefault();
        actions.remove(item);
      }
      return;
    }
    let date = item.date;
    let start = minutesOfDay(item.startTime);
    if (event.key === 'ArrowUp') start = Math.max(0, start - STEP_MINUTES);
    else if (event.key === 'ArrowDown') start = Math.min(LAST_START, start + STEP_MINUTES);
    else if (event.key === 'ArrowLeft') date = addDaysToIsoDate(date, -1);
    else if (event.key === 'ArrowRight') date = addDaysToIsoDate(date, 1);
    else return;
    event.preventDefault();
    const startTime = timeOfMinutes(start);
    if (date !== item.date || startTime !== item.startTime) actions.move(item.id, date, startTime);
  };

  const onDragStart = (event: DragEvent<HTMLLIElement>) => {
    const payload: DragPayload = { id: item.id, startTime: item.startTime };
    event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
    event.dataTransfer.setData('text/plain', `${item.date} ${item.startTime} ${title}`);
    event.dataTransfer.effectAllowed = 'move';
    event.currentTarget.classList.add('is-dragging');
    document.documentElement.classList.add('is-dragging-item');
  };
  const onDragEnd = (event: DragEvent<HTMLLIElement>) => {
    event.currentTarget.classList.remove('is-dragging');
    document.documentElement.classList.remove('is-dragging-item');
  };

  const homes = homeZones.flatMap((home) => {
    if (home.zone === legZone) return [];
    const at = timeInZone(item.date, item.startTime, legZone, home.zone);
    if (at.time === item.startTime && at.dayShift === 0) return [];
    return [{ ...home, ...at }];
  });

  return (
    <li
      id={`item-${item.id}`}
      className={`item kind-${kindGroup(item.kind)}${severity ? ` has-${severity}` : ''}`}
      draggable
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
      data-item-id={item.id}
    >
      <span className="item-grip" title={labels.dragHandle} aria-hidden="true">
        <Icon name="grip" size={14} />
      </span>
      <div className="item-time">
        <span className="time">
          {item.startTime}–{item.endTime}
          {item.endsNextDay && (
            <sup className="next-day" title={labels.nextDayTitle}>
              {labels.nextDay}
            </sup>
          )}
        </span>
        {homes.map((home) => (
          <span
            key={home.zone}
            className="home-time"
            title={t('itinerary:item.homeTimeTitle', { delegation: home.delegations, zone: home.zone })}
          >
            {t('itinerary:item.homeTime', { zone: text.zoneCity(home.zone), time: home.time })}
            {home.dayShift !== 0 && <sup>{home.dayShift < 0 ? labels.dayBefore : labels.dayAfter}</sup>}
          </span>
        ))}
      </div>
      <div className="item-body">
        <div className="item-head">
          <span className="kind-badge">{labels.kind[item.kind]}</span>
          <button
            type="button"
            className="item-title"
            onClick={() => actions.edit(item)}
            aria-describedby="itinerary-keyboard-hint"
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Delete"
          >
            {title}
          </button>
        </div>
        {otherTitle && (
          <div className="item-alt" lang={text.zh ? 'en' : 'zh-CN'}>
            {otherTitle}
          </div>
        )}
        <div className="item-meta">
          {siteName && (
            <span className="meta-site">
              <Icon name="pin" size={13} />
              <span className="sr-only">
                {labels.site}
                {labels.colon}
              </span>
              {siteName}
            </span>
          )}
          {hosts && (
            <span className="meta-host">
              <Icon name="host" size={13} />
              <span className="sr-only">
                {labels.host}
                {labels.colon}
              </span>
              {hosts}
            </span>
          )}
          <span className="meta-attendees">
            <Icon name="people" size={13} />
            <span className="sr-only">
              {labels.attendees}
              {labels.colon}
            </span>
            {attendees}
          </span>
          {item.transportMode && (
            <span className="meta-transport">
              <Icon name="transport" size={13} />
              <span className="sr-only">
                {labels.transportLabel}
                {labels.colon}
              </span>
              {labels.transport[item.transportMode]}
            </span>
          )}
          {dressCode && (
            <span className="meta-dress">
              <Icon name="shirt" size={13} />
              <span className="sr-only">
                {labels.dressCode}
                {labels.colon}
              </span>
              {dressCode}
            </span>
          )}
        </div>
        {markers && markers.length > 0 && (
          <ul className="item-markers">
            {markers.map((marker) => (
              <li key={marker.key} className={`marker marker-${marker.severity}`}>
                <Icon name={marker.severity === 'error' ? 'error' : 'warning'} size={14} />
                <span className="sr-only">
                  {labels[marker.severity]}
                  {labels.colon}
                </span>
                {marker.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="item-actions">
        <MenuButton
          label={t('itinerary:item.actions', { title })}
          entries={[
            { label: labels.edit, onSelect: () => actions.edit(item) },
            { label: labels.moveTo, onSelect: () => actions.openMove(item) },
            { label: labels.duplicate, onSelect: () => actions.duplicate(item) },
            { label: labels.duplicateTo, onSelect: () => actions.openDuplicateTo(item) },
            { label: labels.delete, onSelect: () => actions.remove(item), danger: true },
          ]}
        >
          <Icon name="more" />
        </MenuButton>
      </div>
    </li>
  );
}

const sameMarkers = (a: Marker[] | undefined, b: Marker[] | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.length === b.length &&
    a.every((m, i) => m.severity === b[i].severity && m.message === b[i].message));

/** One item; re-renders only when what it shows changed (thousands of rows per visit). */
export const ItemRow = memo(
  ItemRowView,
  (a, b) =>
    a.item === b.item &&
    a.siteName === b.siteName &&
    a.attendees === b.attendees &&
    a.legZone === b.legZone &&
    a.homeZones === b.homeZones &&
    a.text === b.text &&
    sameMarkers(a.markers, b.markers),
);
