import { memo, useEffect, useRef, useState, type CSSProperties, type DragEvent } from 'react';
import type { ItineraryItem } from '../../../../src-main/shared/contract/entities';
import { minutesOfDay, timeOfMinutes } from '../../../../src-main/shared/domain/dates';
import { durationMinutes } from '../../../../src-main/shared/domain/itinerary';
import { isItemDrag, readDrag, useActions } from './actions';
import type { Marker } from './conflictText';
import { kindGroup, type Day } from './format';
import { Icon } from './Icon';
import { ItemRow, type HomeZone } from './ItemRow';
import type { ItineraryText } from './text';

const DAY_END = 24 * 60;
const SNAP = 15;

export interface DayProps {
  day: Day;
  legZone: string;
  /** First minute the timelines show (06:00 unless items start earlier). */
  timelineStart: number;
  markers: Map<string, Marker[]>;
  siteNames: Map<string, string>;
  attendeesOf: (item: ItineraryItem) => string;
  homeZones: HomeZone[];
  text: ItineraryText;
  /** Big itineraries render a day's rows only once it comes near the screen. */
  lazy: boolean;
  /** Render the rows now (an item of this day is about to be focused). */
  force: boolean;
}

/** Rough height of a row, for the space a day not rendered yet keeps. */
const ROW_ESTIMATE = 64;

/** Lanes for overlapping blocks: each item goes to the first lane that is free at its start. */
function lanesOf(items: ItineraryItem[]): { lane: number; lanes: number }[] {
  const laneEnds: number[] = [];
  const lanes = items.map((item) => {
    const start = minutesOfDay(item.startTime);
    const end = start + Math.max(SNAP, durationMinutes(item));
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = end;
    return lane;
  });
  return lanes.map((lane) => ({ lane, lanes: Math.max(1, laneEnds.length) }));
}

/** The day at a glance, 06:00–24:00; also where a dragged item is dropped to set its time. */
function DayTimeline({
  day,
  timelineStart,
  markers,
  text,
}: Pick<DayProps, 'day' | 'timelineStart' | 'markers' | 'text'>) {
  const actions = useActions();
  const { t, pick } = text;
  const [hover, setHover] = useState<number | null>(null);
  const span = DAY_END - timelineStart;
  const pct = (minutes: number) => `${(((minutes - timelineStart) / span) * 100).toFixed(3)}%`;
  const lanes = lanesOf(day.items);
  const laneCount = lanes[0]?.lanes ?? 1;
  const hours: number[] = [];
  for (let h = Math.ceil(timelineStart / 60); h < 24; h++) hours.push(h);

  const minutesAt = (event: DragEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const raw = timelineStart + ((event.clientX - rect.left) / rect.width) * span;
    return Math.max(0, Math.min(DAY_END - SNAP, Math.round(raw / SNAP) * SNAP));
  };

  return (
    <div
      className={`timeline${hover !== null ? ' is-drop-target' : ''}`}
      style={{ '--lanes': laneCount } as CSSProperties}
      data-testid={`timeline-${day.date}`}
      aria-label={t('itinerary:day.timeline', { date: text.long(day.date) })}
      role="img"
      onDragOver={(event) => {
        if (!isItemDrag(event.dataTransfer)) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        setHover(minutesAt(event));
      }}
      onDragLeave={() => setHover(null)}
      onDrop={(event) => {
        const payload = readDrag(event.dataTransfer);
        if (!payload) return;
        event.preventDefault();
        event.stopPropagation();
        setHover(null);
        document.documentElement.classList.remove('is-dragging-item');
        actions.move(payload.id, day.date, timeOfMinutes(minutesAt(event)));
      }}
    >
      {hours.map((h) => (
        <span key={h} className={`timeline-hour${h % 3 === 0 ? ' is-major' : ''}`} style={{ left: pct(h * 60) }}>
          {h % 3 === 0 && <span className="timeline-label">{String(h).padStart(2, '0')}</span>}
        </span>
      ))}
      {day.items.map((item, index) => {
        const start = minutesOfDay(item.startTime);
        const end = Math.min(DAY_END, start + Math.max(SNAP, durationMinutes(item)));
        const own = markers.get(item.id);
        const severity = own?.some((m) => m.severity === 'error') ? 'error' : own?.length ? 'warning' : '';
        return (
          <span
            key={item.id}
            className={`timeline-block kind-${kindGroup(item.kind)}${severity ? ` has-${severity}` : ''}`}
            style={{
              left: pct(Math.max(start, timelineStart)),
              width: `calc(${pct(end)} - ${pct(Math.max(start, timelineStart))})`,
              top: `calc(${lanes[index].lane} * var(--lane-height) + 16px)`,
            }}
            title={`${item.startTime}–${item.endTime} ${pick(item.title)}`}
            onClick={() => actions.focusItem(item.id)}
          />
        );
      })}
      {hover !== null && (
        <span className="timeline-cursor" style={{ left: pct(hover) }}>
          <span>{t('itinerary:day.dropTime', { time: timeOfMinutes(hover) })}</span>
        </span>
      )}
    </div>
  );
}

function DaySectionView({
  day,
  legZone,
  timelineStart,
  markers,
  siteNames,
  attendeesOf,
  homeZones,
  text,
  lazy,
  force,
}: DayProps) {
  const actions = useActions();
  const { t } = text;
  const [dropping, setDropping] = useState(false);
  const [near, setNear] = useState(false);
  const section = useRef<HTMLElement>(null);
  const rendered = !lazy || near || force;

  useEffect(() => {
    const element = section.current;
    if (rendered || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '1500px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [rendered]);
  const headingId = `day-${day.date}`;
  const longDate = text.long(day.date);

  return (
    <section
      ref={section}
      className={`day${dropping ? ' is-drop-target' : ''}`}
      aria-labelledby={headingId}
      data-date={day.date}
      onDragOver={(event) => {
        if (!isItemDrag(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!dropping) setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        const payload = readDrag(event.dataTransfer);
        if (!payload) return;
        event.preventDefault();
        document.documentElement.classList.remove('is-dragging-item');
        actions.move(payload.id, day.date, payload.startTime);
      }}
    >
      <header className="day-header">
        <h3 id={headingId}>
          <span className="day-date">{longDate}</span>{' '}
          {day.number !== null && day.number > 0 && (
            <span className="day-number">{t('itinerary:day.number', { n: day.number })}</span>
          )}
        </h3>
        <span className="day-count">{t('itinerary:day.items', { count: day.items.length })}</span>
        <div className="day-actions">
          <button
            type="button"
            className="icon-button"
            title={t('itinerary:day.addLabel', { date: longDate })}
            onClick={() => actions.add(day.date)}
          >
            <Icon name="plus" size={14} />
            {t('itinerary:day.add')}
          </button>
          {day.items.length > 0 && (
            <button
              type="button"
              title={t('itinerary:day.duplicateLabel', { date: longDate })}
              onClick={() => actions.openDuplicateDay(day.date, day.items.length)}
            >
              {t('itinerary:day.duplicate')}
            </button>
          )}
        </div>
      </header>
      <DayTimeline day={day} timelineStart={timelineStart} markers={markers} text={text} />
      {day.items.length === 0 ? (
        <p className="day-empty">{t('itinerary:day.empty')}</p>
      ) : !rendered ? (
        <div className="day-placeholder" style={{ height: day.items.length * ROW_ESTIMATE }} />
      ) : (
        <ol className="items">
          {day.items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              markers={markers.get(item.id)}
              siteName={item.siteId ? (siteNames.get(item.siteId) ?? '') : ''}
              attendees={attendeesOf(item)}
              legZone={legZone}
              homeZones={homeZones}
              text={text}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

const sameItems = (a: ItineraryItem[], b: ItineraryItem[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** A day re-renders only when its own items, or what they show, changed. */
export const DaySection = memo(DaySectionView, (a, b) => {
  if (
    a.day.date !== b.day.date ||
    a.day.number !== b.day.number ||
    a.legZone !== b.legZone ||
    a.timelineStart !== b.timelineStart ||
    a.siteNames !== b.siteNames ||
    a.attendeesOf !== b.attendeesOf ||
    a.homeZones !== b.homeZones ||
    a.text !== b.text ||
    a.lazy !== b.lazy ||
    a.force !== b.force ||
    !sameItems(a.day.items, b.day.items)
  )
    return false;
  return (
    a.markers === b.markers ||
    a.day.items.every(
      (item) =>
        a.markers.get(item.id) === b.markers.get(item.id) ||
        JSON.stringify(a.markers.get(item.id)) === JSON.stringify(b.markers.get(item.id)),
    )
  );
});
