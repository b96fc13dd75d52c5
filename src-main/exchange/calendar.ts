// A visit's itinerary as an iCalendar file (RFC 5545) for Outlook, Apple and Google calendars.
//
// Times: every item is wall-clock time in its leg's zone (Beijing, Rome …). The file gives each start
// and end as a UTC instant ("DTSTART:20230702T013000Z"): every calendar app reads UTC the same way
// and shows it in the zone the device is in, whereas custom VTIMEZONE blocks are where apps differ
// most (Outlook in particular). The local time and zone are repeated in the description.
//
// Updates: each event's UID is "<item id>@study-visit-planner" and its SEQUENCE the visit's revision
// (which grows with every change), so importing a newer export updates the events instead of
// duplicating them. ical-generator escapes text and folds lines at 75 octets without splitting a
// UTF-8 character.
import ical, { ICalCalendarMethod } from 'ical-generator';
import en from '../../locales/en/exchange.json';
import zh from '../../locales/zh-CN/exchange.json';
import domainEn from '../../locales/en/domain.json';
import domainZh from '../../locales/zh-CN/domain.json';
import type { Bilingual, ItineraryItem, Leg } from '../shared/contract/entities';
import { addDaysToIsoDate } from '../shared/domain/dates';
import { zonedTimeToInstant } from '../shared/domain/zoned-time';
import { selectScope, type ProgrammeData, type ProgrammeScope } from '../documents/programme/programme-data';

export type CalendarLanguage = 'en' | 'zh';

export const ICS_UID_DOMAIN = 'study-visit-planner';
export const eventUid = (itemId: string) => `${itemId}@${ICS_UID_DOMAIN}`;

/** The text in the chosen language, else in the other one. */
const pick = (text: Bilingual, lang: CalendarLanguage): string => text[lang] || text[lang === 'en' ? 'zh' : 'en'];

export interface ItemTimes {
  start: Date;
  end: Date;
}

/** An item's start and end as instants, from its leg's zone. */
export function itemInstants(item: ItineraryItem, timeZone: string): ItemTimes {
  const start = zonedTimeToInstant(item.date, item.startTime, timeZone);
  const endDate = item.endsNextDay ? addDaysToIsoDate(item.date, 1) : item.date;
  const end = zonedTimeToInstant(endDate, item.endTime, timeZone);
  return { start: new Date(start), end: new Date(Math.max(start, end)) };
}

export interface BuiltCalendar {
  ics: string;
  events: number;
}

export function buildCalendar(
  data: ProgrammeData,
  scope: ProgrammeScope,
  lang: CalendarLanguage,
  generatedAt: Date,
): BuiltCalendar {
  const words = lang === 'en' ? en.calendar : zh.calendar;
  const domain = lang === 'en' ? domainEn : domainZh;
  const scoped = selectScope(data, scope);
  const legs = new Map<string, Leg>(data.legs.map((l) => [l.id, l]));
  const sites = new Map(data.sites.map((s) => [s.id, s]));
  const delegations = new Map(data.delegations.map((d) => [d.id, d]));
  const members = new Map(data.members.map((m) => [m.id, m]));
  const separator = lang === 'en' ? ': ' : '：';

  const scopeName = scoped.member
    ? lang === 'zh'
      ? scoped.member.nameZh || scoped.member.nameLatin
      : scoped.member.nameLatin || scoped.member.nameZh
    : scoped.delegation
      ? pick(scoped.delegation.name, lang)
      : '';
  const calendar = ical({
    name: [pick(data.visit.title, lang), scopeName].filter(Boolean).join(' — '),
    prodId: { company: 'Study Visit Planner', product: 'svp', language: lang === 'en' ? 'EN' : 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
  });

  let events = 0;
  for (const item of scoped.items) {
    const leg = legs.get(item.legId);
    if (!leg) continue;
    const { start, end } = itemInstants(item, leg.timeZone);
    const site = item.siteId ? sites.get(item.siteId) : undefined;
    const endLabel = item.endsNextDay ? `${item.endTime} (+1)` : item.endTime;
    const attendees = item.attendees
      ? [
          ...item.attendees.delegationIds.map((id) => delegations.get(id)).map((d) => (d ? pick(d.name, lang) : '')),
          ...item.attendees.memberIds
            .map((id) => members.get(id))
            .map((m) => (m ? (lang === 'zh' ? m.nameZh || m.nameLatin : m.nameLatin || m.nameZh) : '')),
        ].filter(Boolean)
      : [];
    const description = [
      pick(item.description, lang),
      pick(item.hosts, lang) && `${words.hosts}${separator}${pick(item.hosts, lang)}`,
      pick(item.dressCode, lang) && `${words.dressCode}${separator}${pick(item.dressCode, lang)}`,
      attendees.length > 0 && `${words.participants}${separator}${attendees.join(lang === 'en' ? ', ' : '、')}`,
      `${words.localTime}${separator}${item.date} ${item.startTime}–${endLabel} (${pick(leg.place.name, lang)}, ${leg.timeZone})`,
      words.revision.replace('{{revision}}', String(data.visit.revision)),
    ]
      .filter(Boolean)
      .join('\n');
    const location = site ? [pick(site.name, lang), pick(site.address, lang)].filter(Boolean).join(', ') : '';
    calendar.createEvent({
      id: eventUid(item.id),
      sequence: data.visit.revision,
      stamp: generatedAt,
      start,
      end,
      summary: pick(item.title, lang),
      description,
      location: location || null,
      categories: [{ name: domain.itemKind[item.kind] }],
    });
    events += 1;
  }
  const text = calendar.toString();
  return { ics: text.endsWith('\r\n') ? text : `${text}\r\n`, events };
}
