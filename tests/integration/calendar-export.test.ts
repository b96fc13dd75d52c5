// Calendars (ICS): parsed back with node-ical; stable UIDs, SEQUENCE from the visit revision, times in
// UTC from each leg's zone (Beijing, Rome — summer time — and a night train), Chinese summaries,
// RFC 5545 escaping and line folding.
import ical, { type VEvent } from 'node-ical';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedExchangeVisit } from '../helpers/exchange';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
let seed: Awaited<ReturnType<typeof seedExchangeVisit>>;
beforeEach(async () => {
  app = tempApp();
  seed = await seedExchangeVisit(app);
});
afterEach(() => app.dispose());

async function exportCalendar(input: { delegationId?: string; memberId?: string; lang: 'en' | 'zh' }) {
  const written = await must(app, 'export.calendar', { visitId: seed.visit.id, ...input });
  const text = readFileSync(written.path, 'utf8');
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  return { written, text, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

const uid = (id: string) => `${id}@study-visit-planner`;

describe('export.calendar', () => {
  it('gives every item a stable UID and its UTC times from the leg zone', async () => {
    const { written, events, byUid } = await exportCalendar({ lang: 'en' });
    expect(written.fileName).toBe('eu-china-study-visit-2023-calendar-en.ics');
    expect(written.events).toBe(4);
    expect(events).toHaveLength(4);
    const { siteVisit, dinner, meeting, train } = seed.items;
    // Beijing is UTC+8 all year.
    expect(byUid.get(uid(siteVisit.id))!.start.toISOString()).toBe('2023-07-02T01:30:00.000Z');
    expect(byUid.get(uid(siteVisit.id))!.end!.toISOString()).toBe('2023-07-02T03:00:00.000Z');
    expect(byUid.get(uid(dinner.id))!.start.toISOString()).toBe('2023-07-02T11:00:00.000Z');
    // Rome in July is on summer time, UTC+2.
    expect(byUid.get(uid(meeting.id))!.start.toISOString()).toBe('2023-07-17T08:00:00.000Z');
    expect(byUid.get(uid(meeting.id))!.end!.toISOString()).toBe('2023-07-17T10:30:00.000Z');
    // The night train ends the next morning.
    expect(byUid.get(uid(train.id))!.start.toISOString()).toBe('2023-07-17T20:30:00.000Z');
    expect(byUid.get(uid(train.id))!.end!.toISOString()).toBe('2023-07-18T04:15:00.000Z');
    expect(byUid.get(uid(meeting.id))!.summary).toBe('Meeting at the Campidoglio');
    expect(byUid.get(uid(meeting.id))!.location).toBe('Campidoglio, Piazza del Campidoglio, Rome');
  });

  it('keeps the UIDs across exports and raises SEQUENCE with the revision', async () => {
    const first = await exportCalendar({ lang: 'zh' });
    const again = await exportCalendar({ lang: 'zh' });
    expect([...again.byUid.keys()].sort()).toEqual([...first.byUid.keys()].sort());
    const revision = (await must(app, 'visits.get', { id: seed.visit.id })).visit.revision;
    expect(first.text).toContain(`SEQUENCE:${revision}\r\n`);

    await must(app, 'items.move', { id: seed.items.dinner.id, date: '2023-07-03', startTime: '18:30' });
    const later = await exportCalendar({ lang: 'zh' });
    expect([...later.byUid.keys()].sort()).toEqual([...first.byUid.keys()].sort());
    const moved = later.byUid.get(uid(seed.items.dinner.id))!;
    expect(moved.start.toISOString()).toBe('2023-07-03T10:30:00.000Z');
    expect(Number(moved.sequence)).toBeGreaterThan(revision);
    expect(later.text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  });

  it('writes summaries, descriptions and locations in Chinese', async () => {
    const { byUid, text } = await exportCalendar({ lang: 'zh' });
    const siteVisit = byUid.get(uid(seed.items.siteVisit.id))!;
    expect(siteVisit.summary).toBe('实地考察首钢园');
    expect(siteVisit.location).toBe('首钢园, 北京市石景山区石景山路68号');
    const description = String(siteVisit.description);
    expect(description).toContain('参观原首钢厂区；问答交流');
    expect(description).toContain('参加人员：欧洲代表团、𠮷田太郎');
    expect(description).toContain('当地时间：2023-07-02 09:30–11:00 (北京, Asia/Shanghai)');
    expect(byUid.get(uid(seed.items.train.id))!.summary).toBe('夜间列车');
    expect(text).toContain('X-WR-CALNAME:2023年中欧城市考察访问');
  });

  it('escapes text and folds lines at 75 octets without splitting a character', async () => {
    const long = `议程；讨论, 结论\\下一步 ${'城市更新与创新生态系统'.repeat(12)}𠮷`;
    await must(app, 'items.update', {
      id: seed.items.dinner.id,
      patch: { description: { en: 'Dinner; speeches, toasts\\music', zh: long } },
    });
    const { text, byUid } = await exportCalendar({ lang: 'zh' });
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\n');
      expect(line).not.toMatch(/\uFFFD/);
    }
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('议程；讨论\\, 结论\\\\下一步'); // full-width "；" needs no escape
    expect(unfolded).toContain('𠮷');
    expect(String(byUid.get(uid(seed.items.dinner.id))!.description)).toContain(long);

    const en = await exportCalendar({ lang: 'en' });
    expect(en.text.replace(/\r\n[ \t]/g, '')).toContain('DESCRIPTION:Dinner\\; speeches\\, toasts\\\\music');
  });

  it('limits a delegation or a member calendar to what they attend', async () => {
    const chinese = await exportCalendar({ delegationId: seed.chinese.id, lang: 'en' });
    expect([...chinese.byUid.keys()].sort()).toEqual(
      [seed.items.siteVisit.id, seed.items.dinner.id, seed.items.meeting.id, seed.items.train.id].map(uid).sort(),
    );
    const european = await exportCalendar({ delegationId: seed.european.id, lang: 'en' });
    expect([...european.byUid.keys()].sort()).toEqual(
      [seed.items.siteVisit.id, seed.items.dinner.id, seed.items.train.id].map(uid).sort(),
    );
    const member = await exportCalendar({ memberId: seed.members.chineseHead.id, lang: 'zh' });
    expect(member.written.fileName).toBe('eu-china-study-visit-2023-yoshida-taro-calendar-zh.ics');
    expect(member.events).toHaveLength(4);
    expect(member.text).toContain('X-WR-CALNAME:2023年中欧城市考察访问 — 𠮷田太郎');
  });

  it('refuses a delegation together with a member, and unknown ids', async () => {
    const both = await app.call('export.calendar', {
      visitId: seed.visit.id,
      delegationId: seed.european.id,
      memberId: seed.members.head.id,
      lang: 'en',
    });
    expect(both.ok || both.error.code).toBe('validation');
    const unknown = await app.call('export.calendar', { visitId: seed.visit.id, memberId: 'nobody', lang: 'en' });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'not_found', details: { entity: 'member' } });
  });
});
