// The printed programme (日程安排) as one self-contained HTML document: a pure function of the stored
// data, the export options and the fonts passed in. Every text is escaped here and nowhere else.
// Both printers (Electron's printToPDF and headless Chromium) print this same HTML.
import type { Bilingual, Delegation, ItineraryItem, Member, Place, Site } from '../../shared/contract/entities';
import type {
  MissingTranslation,
  ProgrammeExportOptions,
  TextSource,
  UnprintableText,
} from '../../shared/contract/export-schemas';
import { dayCount, datesBetween } from '../../shared/domain/dates';
import { pageRuleCss } from '../../printing/page-setup';
import { DOCUMENT_FONT_STACK } from '../fonts';
import {
  dateRangeLabel,
  dayNumberLabel,
  DOMAIN_STRINGS,
  fill,
  LANG_TAG,
  longDate,
  OTHER_LANG,
  PROGRAMME_STRINGS,
  stampDate,
  type DocLang,
  type ProgrammeStrings,
} from './labels';
import { selectScope, type ProgrammeData, type ScopedProgramme } from './programme-data';

export type ProgrammeOptions = Omit<ProgrammeExportOptions, 'visitId'>;

export interface BuildEnv {
  /** Printed in the version stamp (local time). */
  generatedAt: Date;
  /** @font-face rules for the characters the document uses; omitted in tests that need no fonts. */
  fontFaces?: (text: string) => string;
  /** Whether the embedded fonts have a glyph for a character; others print as a marked "U+XXXX". */
  canPrint?: (char: string) => boolean;
}

export interface ProgrammeDay {
  date: string;
  /** 1 on the first day of the visit, whatever the scope. */
  number: number;
  places: Place[];
  items: ItineraryItem[];
}

export interface BuiltProgramme {
  html: string;
  /** The document title (visit title in the printed language(s)). */
  title: string;
  days: ProgrammeDay[];
  itemCount: number;
  missing: MissingTranslation[];
  unprintable: UnprintableText[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** A CSS string literal that cannot end the string, the rule or the <style> element it sits in. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"'<>&\u2028\u2029\p{Cc}]/gu, (c) => `\\${c.codePointAt(0)?.toString(16)} `)}"`;

const codeOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Groups the scoped items by day; for a whole visit or a leg, days of the legs without items are kept. */
export function programmeDays(data: ProgrammeData, scoped: ScopedProgramme): ProgrammeDay[] {
  const dates = new Set(scoped.items.map((i) => i.date));
  if (!scoped.delegation)
    for (const leg of scoped.legs) for (const d of datesBetween(leg.startDate, leg.endDate)) dates.add(d);
  const allDates = [...data.legs.map((l) => l.startDate), ...data.items.map((i) => i.date)].sort();
  const visitStart = allDates[0];
  return [...dates].sort().map((date) => {
    const items = scoped.items.filter((i) => i.date === date);
    const legIds = new Set(items.map((i) => i.legId));
    const legs = data.legs.filter(
      (l) => legIds.has(l.id) || (scoped.legs.includes(l) && l.startDate <= date && date <= l.endDate),
    );
    const places = [...new Map(legs.map((l) => [l.place.id, l.place])).values()];
    return { date, number: visitStart ? dayCount(visitStart, date) : 1, places, items };
  });
}

class Writer {
  readonly langs: DocLang[];
  readonly chars = new Set<string>('0123456789');
  private readonly missing = new Map<string, MissingTranslation>();
  private readonly unprintable = new Map<string, UnprintableText>();

  constructor(
    readonly options: ProgrammeOptions,
    private readonly canPrint: (char: string) => boolean,
  ) {
    this.langs = options.language === 'bilingual' ? ['en', 'zh'] : [options.language];
  }

  get columns(): boolean {
    return this.langs.length > 1 && this.options.layout === 'columns';
  }

  /** Escaped text; characters no font can print become a visible, marked code point. */
  text(value: string, source?: TextSource): string {
    let out = '';
    for (const char of value) {
      if (this.canPrint(char)) {
        this.chars.add(char);
        out += HTML_ESCAPES[char] ?? char;
      } else {
        const code = codeOf(char);
        for (const c of code) this.chars.add(c);
        out += `<span class="nochar">${code}</span>`;
        if (source) this.noteUnprintable(source, char);
      }
    }
    return out;
  }

  /** Plain text for CSS strings (the running header and footer), with the same character rules. */
  plain(value: string): string {
    let out = '';
    for (const char of value) {
      const printable = this.canPrint(char) ? char : codeOf(char);
      for (const c of printable) this.chars.add(c);
      out += printable;
    }
    return out;
  }

  private noteUnprintable(source: TextSource, char: string) {
    const key = `${source.entity}:${source.id}:${source.field}`;
    const entry = this.unprintable.get(key) ?? { ...source, characters: [] };
    if (!entry.characters.includes(char)) entry.characters.push(char);
    this.unprintable.set(key, entry);
  }

  str(lang: DocLang): ProgrammeStrings {
    return PROGRAMME_STRINGS[lang];
  }

  /** A label of the document in one language, escaped. */
  label(lang: DocLang, pick: (s: ProgrammeStrings) => string, params?: Record<string, string | number>): string {
    return this.text(fill(pick(PROGRAMME_STRINGS[lang]), params));
  }

  /** A label with placeholders filled by HTML that is already escaped. */
  template(lang: DocLang, pick: (s: ProgrammeStrings) => string, html: Record<string, string>): string {
    return pick(PROGRAMME_STRINGS[lang])
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
        return name !== undefined && name in html ? html[name] : this.text(part);
      })
      .join('');
  }

  /**
   * A stored bilingual text in one language. Without text in that language, the other language prints
   * in a marked style (a small tag names its language) and the field is listed as missing.
   */
  bi(value: Bilingual, lang: DocLang, source: TextSource): string {
    const own = value[lang].trim();
    if (own) return this.text(own, source);
    const other = OTHER_LANG[lang];
    const fallback = value[other].trim();
    if (!fallback) return '';
    const key = `${source.entity}:${source.id}:${source.field}:${lang}`;
    if (!this.missing.has(key)) this.missing.set(key, { ...source, missing: lang, text: fallback });
    const tag = this.label(lang, (s) => s.fallbackTag[other]);
    return `<span class="fallback" lang="${LANG_TAG[other]}"><span class="tag">${tag}</span>${this.text(fallback, source)}</span>`;
  }

  /** Plain bilingual text for CSS strings: the own language, else the other. */
  biPlain(value: Bilingual, lang: DocLang): string {
    return this.plain(value[lang].trim() || value[OTHER_LANG[lang]].trim());
  }

  /** A person's name: names print as written, never marked as untranslated. */
  name(member: Member, lang: DocLang): string {
    const source: TextSource = { entity: 'member', id: member.id, field: 'name' };
    const own = lang === 'zh' ? member.nameZh : member.nameLatin;
    const other = lang === 'zh' ? member.nameLatin : member.nameZh;
    return this.text(own.trim() || other.trim(), source);
  }

  /** Per-language blocks inside one element: side by side (`columns`) or one under the other. */
  perLang(render: (lang: DocLang) => string, className = 'l'): string {
    return this.langs
      .map((lang) => [lang, render(lang)] as const)
      .filter(([, html]) => html !== '')
      .map(([lang, html]) => `<div class="${className}" lang="${LANG_TAG[lang]}">${html}</div>`)
      .join('');
  }

  results() {
    return { missing: [...this.missing.values()], unprintable: [...this.unprintable.values()] };
  }
}

const join = (w: Writer, lang: DocLang, parts: string[]) =>
  parts.filter(Boolean).join(w.text(w.str(lang).listSeparator));

function itemSource(item: ItineraryItem, field: string): TextSource {
  return { entity: 'item', id: item.id, field, date: item.date, startTime: item.startTime };
}

interface Lookup {
  sites: Map<string, Site>;
  delegations: Map<string, Delegation>;
  members: Map<string, Member>;
}

function timeCell(w: Writer, item: ItineraryItem): string {
  const range = item.startTime === item.endTime ? item.startTime : `${item.startTime}–${item.endTime}`;
  const nextDay = item.endsNextDay ? ` <span class="nextday">${w.label(w.langs[0], (s) => s.nextDay)}</span>` : '';
  return `<td class="time">${w.text(range)}${nextDay}</td>`;
}

/** "Label: value" in one language, or nothing when the value is empty. */
function labelled(w: Writer, lang: DocLang, label: (s: ProgrammeStrings) => string, value: string, cls: string) {
  if (!value) return '';
  return `<div class="${cls}"><span class="k">${w.label(lang, label)}${w.label(lang, (s) => s.labelSeparator)}</span>${value}</div>`;
}

function attendeesText(w: Writer, item: ItineraryItem, lang: DocLang, lookup: Lookup): string {
  if (!item.attendees) return '';
  const delegations = item.attendees.delegationIds
    .map((id) => lookup.delegations.get(id))
    .filter((d): d is Delegation => d !== undefined)
    .map((d) => w.bi(d.name, lang, { entity: 'delegation', id: d.id, field: 'name' }));
  const members = item.attendees.memberIds
    .map((id) => lookup.members.get(id))
    .filter((m): m is Member => m !== undefined)
    .map((m) => w.name(m, lang));
  return join(w, lang, [...delegations, ...members]);
}

function venueParts(w: Writer, item: ItineraryItem, lang: DocLang, lookup: Lookup) {
  const site = item.siteId ? lookup.sites.get(item.siteId) : undefined;
  const siteSource = (field: string): TextSource => ({ entity: 'site', id: site?.id ?? '', field });
  const name = site ? w.bi(site.name, lang, siteSource('name')) : '';
  const transport = !site && item.transportMode ? w.text(DOMAIN_STRINGS[lang].transportMode[item.transportMode]) : '';
  const address = site && w.options.addresses ? w.bi(site.address, lang, siteSource('address')) : '';
  const contact =
    site && w.options.addresses
      ? [site.contact.name, site.contact.phone, site.contact.email]
          .map((t) => t.trim())
          .filter(Boolean)
          .map((t) => w.text(t, siteSource('contact')))
          .join(w.text(w.str(lang).contactSeparator))
      : '';
  return { name, transport, address, contact };
}

/** The activity, venue and participants of one item in one language, as blocks (columns layout). */
function itemBlock(w: Writer, item: ItineraryItem, lang: DocLang, lookup: Lookup): string {
  const venue = venueParts(w, item, lang, lookup);
  return [
    `<div class="title">${w.bi(item.title, lang, itemSource(item, 'title'))}</div>`,
    item.description[lang] || item.description[OTHER_LANG[lang]]
      ? `<div class="desc">${w.bi(item.description, lang, itemSource(item, 'description'))}</div>`
      : '',
    labelled(w, lang, (s) => s.item.host, w.bi(item.hosts, lang, itemSource(item, 'hosts')), 'line'),
    labelled(w, lang, (s) => s.item.venue, venue.name, 'line venue'),
    labelled(w, lang, (s) => s.item.transport, venue.transport, 'line'),
    labelled(w, lang, (s) => s.item.address, venue.address, 'line sub'),
    labelled(w, lang, (s) => s.item.contact, venue.contact, 'line sub'),
    labelled(w, lang, (s) => s.item.participants, attendeesText(w, item, lang, lookup), 'line'),
    labelled(w, lang, (s) => s.item.dressCode, w.bi(item.dressCode, lang, itemSource(item, 'dressCode')), 'line'),
    item.notes[lang] || item.notes[OTHER_LANG[lang]]
      ? `<div class="notes">${w.bi(item.notes, lang, itemSource(item, 'notes'))}</div>`
      : '',
  ].join('');
}

/** One item as a table row: time | activity | venue | participants/notes, or time | English | 中文. */
function itemRow(w: Writer, item: ItineraryItem, lookup: Lookup): string {
  const attrs = `class="item" data-item="${w.text(item.id)}"`;
  if (w.columns) {
    const cells = w.langs.map(
      (lang) => `<td class="block" lang="${LANG_TAG[lang]}">${itemBlock(w, item, lang, lookup)}</td>`,
    );
    return `<tr ${attrs}>${timeCell(w, item)}${cells.join('')}</tr>`;
  }
  const activity = w.perLang((lang) =>
    [
      `<div class="title">${w.bi(item.title, lang, itemSource(item, 'title'))}</div>`,
      item.description[lang] || item.description[OTHER_LANG[lang]]
        ? `<div class="desc">${w.bi(item.description, lang, itemSource(item, 'description'))}</div>`
        : '',
      labelled(w, lang, (s) => s.item.host, w.bi(item.hosts, lang, itemSource(item, 'hosts')), 'line'),
    ].join(''),
  );
  const venue = w.perLang((lang) => {
    const v = venueParts(w, item, lang, lookup);
    return [
      v.name ? `<div class="venue">${v.name}</div>` : '',
      v.transport ? `<div>${v.transport}</div>` : '',
      v.address ? `<div class="sub">${v.address}</div>` : '',
      labelled(w, lang, (s) => s.item.contact, v.contact, 'sub'),
    ].join('');
  });
  const notes = w.perLang((lang) => {
    const who = attendeesText(w, item, lang, lookup);
    return [
      who ? `<div class="who">${who}</div>` : '',
      labelled(w, lang, (s) => s.item.dressCode, w.bi(item.dressCode, lang, itemSource(item, 'dressCode')), 'line'),
      item.notes[lang] || item.notes[OTHER_LANG[lang]]
        ? `<div class="notes">${w.bi(item.notes, lang, itemSource(item, 'notes'))}</div>`
        : '',
    ].join('');
  });
  return `<tr ${attrs}>${timeCell(w, item)}<td>${activity}</td><td>${venue}</td><td>${notes}</td></tr>`;
}

function tableHead(w: Writer, day: ProgrammeDay): string {
  const th = (pick: (s: ProgrammeStrings) => string, cls = '') =>
    `<th${cls ? ` class="${cls}"` : ''}>${w.perLang((lang) => w.label(lang, pick))}</th>`;
  if (w.columns) {
    const langHeads = w.langs.map(
      (lang) => `<th lang="${LANG_TAG[lang]}">${w.label(lang, (s) => s.table.programme)}</th>`,
    );
    return `<colgroup><col class="c-time"><col class="c-lang"><col class="c-lang"></colgroup><thead>${dayRow(w, day, 3)}<tr class="cols">${th((s) => s.table.time, 'time')}${langHeads.join('')}</tr></thead>`;
  }
  return (
    '<colgroup><col class="c-time"><col class="c-activity"><col class="c-venue"><col class="c-notes"></colgroup>' +
    `<thead>${dayRow(w, day, 4)}<tr class="cols">${th((s) => s.table.time, 'time')}${th((s) => s.table.activity)}${th((s) => s.table.venue)}${th((s) => s.table.notes)}</tr></thead>`
  );
}

/** The day's heading is the first header row: it repeats with the column heads when a day runs over a page. */
function dayRow(w: Writer, day: ProgrammeDay, span: number): string {
  return `<tr class="day-row"><th colspan="${span}"><div class="day-head">${dayHeading(w, day)}</div></th></tr>`;
}

function dayHeading(w: Writer, day: ProgrammeDay): string {
  return w.perLang((lang) => {
    const places = day.places.map((p) => w.bi(p.name, lang, { entity: 'place', id: p.id, field: 'name' }));
    const parts = [w.text(dayNumberLabel(day.number, lang)), w.text(longDate(day.date, lang))];
    if (places.length) parts.push(places.join(w.text(' → ')));
    return parts.join(w.text(' · '));
  }, 'dh');
}

function daySection(w: Writer, day: ProgrammeDay, index: number, lookup: Lookup): string {
  const breakClass = w.options.dayBreaks && index > 0 ? ' break' : '';
  const rows = day.items.length
    ? day.items.map((item) => itemRow(w, item, lookup)).join('')
    : `<tr class="empty"><td class="time"></td><td colspan="${w.columns ? 2 : 3}">${w.perLang((lang) => w.label(lang, (s) => s.noItems))}</td></tr>`;
  return (
    `<section class="day${breakClass}" data-date="${day.date}">` +
    `<table class="items">${tableHead(w, day)}<tbody>${rows}</tbody></table></section>`
  );
}

function scopeLabel(w: Writer, scoped: ScopedProgramme, lang: DocLang, plain: boolean): string {
  const s = w.str(lang);
  const bi = (value: Bilingual, source: TextSource) => (plain ? w.biPlain(value, lang) : w.bi(value, lang, source));
  if (scoped.member) {
    const name =
      (lang === 'zh' ? scoped.member.nameZh : scoped.member.nameLatin).trim() ||
      (lang === 'zh' ? scoped.member.nameLatin : scoped.member.nameZh).trim();
    return plain ? w.plain(fill(s.scope.member, { name })) : w.text(fill(s.scope.member, { name }));
  }
  const template = scoped.delegation ? s.scope.delegation : scoped.leg ? s.scope.leg : s.scope.visit;
  const [before, after] = template.split(/\{\{\w+\}\}/);
  const value = scoped.delegation
    ? bi(scoped.delegation.name, { entity: 'delegation', id: scoped.delegation.id, field: 'name' })
    : scoped.leg
      ? bi(scoped.leg.place.name, { entity: 'place', id: scoped.leg.place.id, field: 'name' })
      : '';
  const wrap = plain ? (t: string) => w.plain(t) : (t: string) => w.text(t);
  return after === undefined ? wrap(before) : `${wrap(before)}${value}${wrap(after)}`;
}

function documentHeading(w: Writer, data: ProgrammeData, scoped: ScopedProgramme, days: ProgrammeDay[]): string {
  const { visit } = data;
  const visitSource = (field: string): TextSource => ({ entity: 'visit', id: visit.id, field });
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  const itemLegIds = new Set(scoped.items.map((i) => i.legId));
  const hostLegs = scoped.legs.filter((l) => itemLegIds.has(l.id));
  const places = [...new Map((hostLegs.length ? hostLegs : scoped.legs).map((l) => [l.place.id, l.place])).values()];
  const rows: Array<[(s: ProgrammeStrings) => string, (lang: DocLang) => string]> = [
    [(s) => s.heading.dates, (lang) => (first && last ? w.text(dateRangeLabel(first, last, lang)) : '')],
    [
      (s) => s.heading.hostCities,
      (lang) =>
        join(
          w,
          lang,
          places.map((p) => w.bi(p.name, lang, { entity: 'place', id: p.id, field: 'name' })),
        ),
    ],
    [
      (s) => s.heading.delegations,
      (lang) =>
        join(
          w,
          lang,
          scoped.delegations.map((d) => w.bi(d.name, lang, { entity: 'delegation', id: d.id, field: 'name' })),
        ),
    ],
  ];
  rows.push([(s) => s.heading.purpose, (lang) => w.bi(visit.purpose, lang, visitSource('purpose'))]);
  // Rows with nothing to say (no dates yet, no purpose) are left out.
  const filled = rows
    .map(([label, render]) => ({ label, values: new Map(w.langs.map((lang) => [lang, render(lang)])) }))
    .filter(({ values }) => [...values.values()].some(Boolean))
    .map(({ label, values }) => [label, (lang: DocLang) => values.get(lang) ?? ''] as const);
  const meta = w.columns
    ? filled
        .map(
          ([label, value]) =>
            `<tr>${w.langs.map((lang) => `<th lang="${LANG_TAG[lang]}">${w.label(lang, label)}</th><td lang="${LANG_TAG[lang]}">${value(lang)}</td>`).join('')}</tr>`,
        )
        .join('')
    : filled
        .map(
          ([label, value]) =>
            `<tr><th>${w.perLang((lang) => w.label(lang, label))}</th><td>${w.perLang(value)}</td></tr>`,
        )
        .join('');
  return (
    `<header class="doc-head">` +
    `<div class="titles">${w.perLang((lang) => `<h1>${w.bi(visit.title, lang, visitSource('title'))}</h1><p class="subtitle">${scopeLabel(w, scoped, lang, false)}</p>`, 't')}</div>` +
    `<table class="meta${w.columns ? ' cols' : ''}">${meta}</table></header>`
  );
}

function participantsSection(w: Writer, data: ProgrammeData, scoped: ScopedProgramme): string {
  const roleLabel = (member: Member, lang: DocLang) => w.text(DOMAIN_STRINGS[lang].memberRole[member.role]);
  const th = (pick: (s: ProgrammeStrings) => string, cls = '') =>
    `<th${cls ? ` class="${cls}"` : ''}>${w.perLang((lang) => w.label(lang, pick))}</th>`;
  const groups = scoped.delegations.map((delegation) => {
    const members = data.members
      .filter((m) => m.delegationId === delegation.id)
      .sort((a, b) => a.precedence - b.precedence);
    const name = w.perLang(
      (lang) => w.bi(delegation.name, lang, { entity: 'delegation', id: delegation.id, field: 'name' }),
      'dh',
    );
    const heading = `<h3>${name}</h3>`;
    if (!members.length)
      return `<div class="group">${heading}<p class="none">${w.perLang((lang) => w.label(lang, (s) => s.participants.none))}</p></div>`;
    const rows = members.map((m, i) => {
      const src = (field: string): TextSource => ({ entity: 'member', id: m.id, field });
      // Names print as written; bilingual documents show both forms when they differ.
      const names =
        w.langs.length > 1
          ? [...new Set([m.nameLatin.trim(), m.nameZh.trim()].filter(Boolean))]
              .map((n) => `<div>${w.text(n, src('name'))}</div>`)
              .join('')
          : w.name(m, w.langs[0]);
      const position = w.perLang((lang) => {
        const title = w.bi(m.title, lang, src('title'));
        const organisation = w.bi(m.organisation, lang, src('organisation'));
        return title && organisation
          ? w.template(lang, (s) => s.participants.positionFormat, { title, organisation })
          : title || organisation;
      });
      return `<tr class="person"><td class="num">${w.text(String(i + 1))}</td><td class="name">${names}</td><td>${position}</td><td>${w.perLang((lang) => roleLabel(m, lang))}</td></tr>`;
    });
    return (
      // The delegation's name heads the table, so it repeats with the column heads on a new page.
      `<div class="group"><table class="people"><colgroup><col class="c-num"><col class="c-name"><col class="c-pos"><col class="c-role"></colgroup>` +
      `<thead><tr class="group-row"><th colspan="4"><h3>${name}</h3></th></tr><tr>${th((s) => s.participants.number, 'num')}${th((s) => s.participants.name)}${th((s) => s.participants.position)}${th((s) => s.participants.role)}</tr></thead>` +
      `<tbody>${rows.join('')}</tbody></table></div>`
    );
  });
  const breakClass = w.options.dayBreaks ? ' break' : '';
  return `<section class="participants${breakClass}"><h2 class="day-head">${w.perLang((lang) => w.label(lang, (s) => s.participants.title), 'dh')}</h2>${groups.join('')}</section>`;
}

/** The running header and footer, drawn in the page-margin boxes with the embedded fonts. */
function pageMarginCss(w: Writer, data: ProgrammeData, scoped: ScopedProgramme, generatedAt: Date): string {
  // Bilingual: one line per language.
  const joinLangs = (render: (lang: DocLang) => string) => w.langs.map(render).join('\n');
  const title = joinLangs((lang) => w.biPlain(data.visit.title, lang));
  const scope = joinLangs((lang) => scopeLabel(w, scoped, lang, true));
  const version = joinLangs((lang) =>
    w.plain(fill(w.str(lang).footer.version, { revision: data.visit.revision, ...stampDate(generatedAt, lang) })),
  );
  // "Page {{page}} of {{pages}}" → "Page " counter(page) " of " counter(pages)
  const pageContent = w.langs
    .map((lang) =>
      w
        .str(lang)
        .footer.page.split(/(\{\{pages?\}\})/)
        .filter(Boolean)
        .map((part) =>
          part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(w.plain(part)),
        )
        .join(' '),
    )
    .join(` ${cssString('\n')} `);
  // Margin boxes take no selector lists: each states its own style.
  const box = `font-family: ${DOCUMENT_FONT_STACK}; font-size: 7.5pt; line-height: 1.35; color: #555; white-space: pre;`;
  const top = `${box} vertical-align: bottom; padding-bottom: 2.5mm; border-bottom: 0.5pt solid #9a9a9a;`;
  const bottom = `${box} vertical-align: top; padding-top: 2.5mm; border-top: 0.5pt solid #9a9a9a;`;
  return `
  @top-left { content: ${cssString(title)}; ${top} text-align: left; }
  @top-right { content: ${cssString(scope)}; ${top} text-align: right; }
  @bottom-left { content: ${cssString(version)}; ${bottom} text-align: left; }
  @bottom-right { content: ${pageContent}; ${bottom} text-align: right; }`;
}

const styles = (w: Writer, margins: string) => `
html { font-family: ${DOCUMENT_FONT_STACK}; font-size: 9pt; line-height: 1.38; color: #1a1a1a;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
:lang(zh-CN) { line-break: strict; }
@page { ${pageRuleCss(w.options.paper)}${margins}
}
.doc-head { margin-bottom: 6mm; break-inside: avoid; }
.layout-columns .titles { display: flex; gap: 8mm; }
.titles .t { flex: 1 1 0; }
.layout-stacked .titles .t + .t h1 { font-size: 15pt; }
.doc-head h1 { font-size: 17pt; line-height: 1.25; font-weight: 700; margin: 0 0 1mm; color: #111; }
.subtitle { margin: 0 0 3mm; font-size: 10.5pt; color: #8a1c1c; font-weight: 700; letter-spacing: 0.02em; }
table { border-collapse: collapse; width: 100%; }
table.meta { width: auto; min-width: 60%; margin-top: 1mm; }
table.meta th, table.meta td { text-align: left; vertical-align: top; padding: 0.6mm 4mm 0.6mm 0; font-size: 9pt; }
table.meta th { color: #666; font-weight: 400; white-space: nowrap; background: none; font-size: 9pt;
  border-bottom: 0.4pt solid #ddd; vertical-align: top; }
table.meta td { border-bottom: 0.4pt solid #ddd; }
table.meta.cols { width: 100%; }
table.meta.cols td { width: 38%; }
.day { margin-top: 5mm; }
.day:first-of-type { margin-top: 0; }
.break { break-before: page; }
.day-head { font-size: 11pt; font-weight: 700; margin: 0; padding: 1.6mm 2.5mm; background: #8a1c1c; color: #fff;
  break-after: avoid; page-break-after: avoid; break-inside: avoid; text-align: left; line-height: 1.38; }
tr.day-row th { padding: 0; background: none; border: none; }
.layout-columns .day-head, .layout-columns .participants h3 { display: flex; gap: 6mm; }
.layout-columns .day-head .dh, .layout-columns .participants h3 .dh { flex: 1 1 0; }
table.items { table-layout: fixed; }
table.items col.c-time { width: 24mm; }
table.items col.c-activity { width: 40%; }
table.items col.c-venue { width: 27%; }
table.items col.c-notes { width: 33%; }
thead { display: table-header-group; }
th { text-align: left; font-weight: 700; font-size: 8pt; color: #444; background: #efe9e4;
  padding: 1.2mm 2mm; border-bottom: 0.6pt solid #8a1c1c; vertical-align: bottom; }
td { padding: 1.8mm 2mm; vertical-align: top; border-bottom: 0.4pt solid #cfc8c2; overflow-wrap: anywhere; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.time { font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
.nextday { display: block; font-weight: 400; color: #555; font-size: 8pt; }
.title { font-weight: 700; }
.desc, .notes { white-space: pre-line; color: #333; }
.desc { margin-top: 0.5mm; }
.notes { margin-top: 0.8mm; color: #555; font-style: italic; }
.line { margin-top: 0.6mm; }
.line .k, .sub .k { color: #666; }
.sub { color: #555; font-size: 8pt; margin-top: 0.4mm; }
.venue { font-weight: 400; }
.who { color: #222; }
.l + .l { margin-top: 1.2mm; padding-top: 1.2mm; border-top: 0.3pt dotted #bbb; }
th .l + .l { margin-top: 0; padding-top: 0; border-top: none; font-weight: 400; }
table.meta th .l + .l, table.meta td .l + .l, .day-head .l + .l { border-top: none; padding-top: 0; margin-top: 0; }
td.block + td.block { border-left: 0.4pt solid #e0dad4; }
.fallback { color: #6b6b6b; font-style: italic; }
.fallback .tag { display: inline-block; font-style: normal; font-weight: 700; font-size: 6pt; line-height: 1;
  padding: 0.3mm 0.8mm; margin-right: 1mm; border: 0.5pt solid #a05a00; color: #a05a00; border-radius: 0.8mm;
  vertical-align: 1pt; }
.nochar { font-size: 7pt; border: 0.5pt dashed #b00; color: #b00; padding: 0 0.5mm; }
tr.empty td { color: #666; font-style: italic; }
.participants { margin-top: 7mm; }
.participants .group { margin-top: 3mm; }
.participants h3 { font-size: 10pt; margin: 0 0 1mm; color: #1a1a1a; text-align: left; }
tr.group-row th { background: none; border: none; padding: 0; }
table.people col.c-num { width: 10mm; } table.people col.c-name { width: 32%; }
table.people col.c-role { width: 22%; }
td.num { color: #666; font-variant-numeric: tabular-nums; }
td.name { font-weight: 700; }
p.none { color: #666; font-style: italic; margin: 0; }
`;

export function buildProgramme(data: ProgrammeData, options: ProgrammeOptions, env: BuildEnv): BuiltProgramme {
  const w = new Writer(options, env.canPrint ?? (() => true));
  const scoped = selectScope(data, options);
  const days = programmeDays(data, scoped);
  const lookup: Lookup = {
    sites: new Map(data.sites.map((s) => [s.id, s])),
    delegations: new Map(data.delegations.map((d) => [d.id, d])),
    members: new Map(data.members.map((m) => [m.id, m])),
  };
  const heading = documentHeading(w, data, scoped, days);
  const body = days.map((day, i) => daySection(w, day, i, lookup)).join('\n');
  const participants = options.participants ? participantsSection(w, data, scoped) : '';
  const margins = pageMarginCss(w, data, scoped, env.generatedAt);
  const title = w.langs.map((lang) => w.biPlain(data.visit.title, lang)).join(' · ');
  const fontFaces = env.fontFaces?.([...w.chars].join('')) ?? '';
  const classes = [`lang-${options.language}`, w.columns ? 'layout-columns' : 'layout-stacked'].join(' ');
  const html = `<!DOCTYPE html>
<html lang="${options.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${fontFaces}
${styles(w, margins)}
</style>
</head>
<body class="${classes}">
${heading}
<main>
${body}
</main>
${participants}
</body>
</html>
`;
  return { html, title, days, itemCount: scoped.items.length, ...w.results() };
}
