// The programme document builder (pure: stored data → HTML), on a real visit built through the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProgramme,
  cssString,
  escapeHtml,
  type BuildEnv,
  type ProgrammeOptions,
} from '../../src-main/documents/programme/build-programme';
import { loadProgrammeData, selectScope, type ProgrammeData } from '../../src-main/documents/programme/programme-data';
import { createRepos } from '../../src-main/store/repos';
import { buildProgrammeVisit, SCRIPT_TITLE, type ProgrammeVisit } from '../helpers/programme-visit';
import { tempApp } from '../helpers/workspace';

const app = tempApp();
let fx: ProgrammeVisit;
let data: ProgrammeData;

beforeAll(async () => {
  fx = await buildProgrammeVisit(app);
  data = loadProgrammeData(createRepos(app.store.db), fx.visit.id)!;
});
afterAll(() => app.dispose());

const env: BuildEnv = { generatedAt: new Date(2023, 6, 1, 14, 5) };
const options = (overrides: Partial<ProgrammeOptions> = {}): ProgrammeOptions => ({
  language: 'en',
  layout: 'columns',
  paper: 'a4',
  participants: false,
  addresses: false,
  dayBreaks: false,
  ...overrides,
});
const build = (overrides: Partial<ProgrammeOptions> = {}, extra: Partial<BuildEnv> = {}) =>
  buildProgramme(data, options(overrides), { ...env, ...extra });

/** The rows of the items tables, in document order, as their item ids. */
const itemIds = (html: string) => [...html.matchAll(/<tr class="item" data-item="([^"]+)"/g)].map((m) => m[1]);
/** The HTML of one day's section. */
const daySection = (html: string, date: string) => {
  const start = html.indexOf(`<section class="day`, html.indexOf(`data-date="${date}"`) - 40);
  return html.slice(start, html.indexOf('</section>', start));
};
const bodyOf = (html: string) => html.slice(html.indexOf('<body'));

describe('escaping', () => {
  it('prints a <script> title as text, never as markup', () => {
    for (const language of ['en', 'zh', 'bilingual'] as const) {
      const { html } = build({ language });
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('escapes HTML and CSS strings', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    // A CSS string cannot be closed, nor the <style> element ended, by the text in it.
    const css = cssString('a"b\\c</style><script>\n');
    expect(css).not.toMatch(/<|>|\n/);
    expect(css.slice(1, -1)).not.toContain('"');
    expect(css).toBe('"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e \\a "');
  });

  it('keeps a hostile visit title inside the running header', () => {
    const hostile: ProgrammeData = {
      ...data,
      visit: { ...data.visit, title: { en: '"; } </style><script>alert(1)</script>', zh: '' } },
    };
    const { html } = buildProgramme(hostile, options(), env);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('days', () => {
  it('groups items by day, in order, numbered from the first day of the visit', () => {
    const built = build();
    expect(built.days.map((d) => [d.date, d.number])).toEqual([
      ['2023-07-02', 1],
      ['2023-07-03', 2],
      ['2023-07-04', 3],
      ['2023-07-05', 4],
      ['2023-07-06', 5],
      ['2023-07-07', 6],
    ]);
    const { items } = fx;
    expect(built.days[0].items.map((i) => i.id)).toEqual([items.meeting.id, items.lunch.id, items.parkVisit.id]);
    expect(built.days[1].items.map((i) => i.id)).toEqual([items.script.id, items.dinner.id]);
    expect(itemIds(built.html)).toEqual(built.days.flatMap((d) => d.items.map((i) => i.id)));
    // Each item's row sits in its own day's section.
    expect(itemIds(daySection(built.html, '2023-07-03'))).toEqual([items.script.id, items.dinner.id]);
    expect(built.itemCount).toBe(9);
  });

  it('heads each day in the chosen language(s)', () => {
    const en = build({ language: 'en' }).html;
    const zh = build({ language: 'zh' }).html;
    const both = build({ language: 'bilingual' }).html;
    const enHead = 'Day 1 · Sunday, 2 July 2023 · Beijing';
    const zhHead = '第一天 · 2023年7月2日 星期日 · 北京';
    expect(en).toContain(enHead);
    expect(en).not.toContain(zhHead);
    expect(zh).toContain(zhHead);
    expect(zh).not.toContain(enHead);
    expect(both).toContain(enHead);
    expect(both).toContain(zhHead);
    expect(zh).toContain('第六天 · 2023年7月7日 星期五 · 上海');
    expect(en).toContain('Day 6 · Friday, 7 July 2023 · Shanghai');
  });

  it('prints times in 24-hour form, with a mark for items that end the next day', () => {
    const { html } = build({ language: 'zh' });
    expect(daySection(html, '2023-07-04')).toContain('21:30–07:10 <span class="nextday">（次日）</span>');
    expect(daySection(html, '2023-07-02')).toContain('09:00–10:30');
  });

  it('starts each day on a new page when asked', () => {
    expect(build().html).not.toContain('class="day break"');
    const { html } = build({ dayBreaks: true });
    expect(html.match(/<section class="day break"/g)).toHaveLength(5);
    expect(html).toContain('<section class="day" data-date="2023-07-02">');
  });
});

describe('scope', () => {
  it('prints a leg: its items and days only, still numbered from the visit start', () => {
    const built = build({ legId: fx.legs.shanghai.id });
    expect(built.days.map((d) => d.number)).toEqual([4, 5, 6]);
    expect(itemIds(built.html)).toEqual([fx.items.forum.id, fx.items.roundtable.id, fx.items.departure.id]);
  });

  it('prints a delegation programme: only the items it (or one of its members) attends', () => {
    const { items, delegations } = fx;
    const eu = itemIds(build({ delegationId: delegations.eu.id }).html);
    expect(eu).toContain(items.lunch.id);
    expect(eu).toContain(items.dinner.id);
    expect(eu).not.toContain(items.roundtable.id);
    const cn = itemIds(build({ delegationId: delegations.cn.id }).html);
    expect(cn).not.toContain(items.lunch.id);
    expect(cn).toContain(items.dinner.id); // Zhang, a member, is invited
    expect(cn).toContain(items.roundtable.id);
    expect(cn).toContain(items.meeting.id); // everyone attends
  });

  it("prints one member's programme", () => {
    const { items, members } = fx;
    const wang = itemIds(build({ memberId: members.wang.id }).html);
    const zhang = itemIds(build({ memberId: members.zhang.id }).html);
    expect(wang).not.toContain(items.dinner.id);
    expect(zhang).toContain(items.dinner.id);
    expect(wang).toContain(items.roundtable.id);
    expect(itemIds(build({ memberId: members.anna.id }).html)).not.toContain(items.roundtable.id);
    const scoped = selectScope(data, { memberId: members.zhang.id });
    expect(scoped.delegations.map((d) => d.id)).toEqual([fx.delegations.cn.id]);
    expect(build({ memberId: members.zhang.id, language: 'zh' }).html).toContain('个人日程安排 · 张𠮷祥');
  });

  it('combines a leg with a delegation', () => {
    const ids = itemIds(build({ legId: fx.legs.beijing.id, delegationId: fx.delegations.cn.id }).html);
    expect(ids).toEqual([
      fx.items.meeting.id,
      fx.items.parkVisit.id,
      fx.items.script.id,
      fx.items.dinner.id,
      fx.items.train.id,
    ]);
  });
});

describe('bilingual layouts', () => {
  it('columns: time, then an English and a Chinese column', () => {
    const { html } = build({ language: 'bilingual', layout: 'columns' });
    expect(html).toContain('<body class="lang-bilingual layout-columns">');
    const row = html.slice(
      html.indexOf(`data-item="${fx.items.meeting.id}"`),
      html.indexOf('</tr>', html.indexOf(`data-item="${fx.items.meeting.id}"`)),
    );
    expect(row.match(/<td/g)).toHaveLength(3);
    expect(row).toMatch(
      /<td class="block" lang="en">.*Meeting with the Vice Mayor of Beijing.*<\/td><td class="block" lang="zh-CN">.*与北京市副市长会见/,
    );
  });

  it('stacked: four columns, both languages in each cell', () => {
    const { html } = build({ language: 'bilingual', layout: 'stacked' });
    expect(html).toContain('<body class="lang-bilingual layout-stacked">');
    const start = html.indexOf(`data-item="${fx.items.meeting.id}"`);
    const row = html.slice(start, html.indexOf('</tr>', start));
    expect(row.match(/<td/g)).toHaveLength(4);
    expect(row).toMatch(
      /<div class="l" lang="en"><div class="title">Meeting with the Vice Mayor of Beijing<\/div>.*<div class="l" lang="zh-CN"><div class="title">与北京市副市长会见/,
    );
  });

  it('single language documents carry only that language', () => {
    const en = bodyOf(build({ language: 'en' }).html);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = bodyOf(build({ language: 'zh' }).html);
    expect(zh).toContain('与北京市副市长会见');
    expect(zh).not.toContain('Meeting with the Vice Mayor');
  });
});

describe('missing translations', () => {
  it('prints the other language, marked, and lists the field', () => {
    const built = build({ language: 'zh' });
    expect(built.html).toContain(
      '<span class="fallback" lang="en"><span class="tag">EN</span>Night train to Shanghai</span>',
    );
    expect(built.missing).toContainEqual(
      expect.objectContaining({
        entity: 'item',
        id: fx.items.train.id,
        field: 'title',
        missing: 'zh',
        text: 'Night train to Shanghai',
        date: '2023-07-04',
        startTime: '21:30',
      }),
    );
    expect(built.missing).toContainEqual(
      expect.objectContaining({ entity: 'site', id: fx.sites.hotel.id, field: 'name' }),
    );
    // Addresses print only when asked, so only then are they missing.
    expect(built.missing.find((m) => m.field === 'address')).toBeUndefined();
    expect(build({ language: 'zh', addresses: true }).missing).toContainEqual(
      expect.objectContaining({ entity: 'site', id: fx.sites.hotel.id, field: 'address', missing: 'zh' }),
    );
  });

  it('has nothing missing in English, and lists Chinese gaps for a bilingual document', () => {
    expect(build({ language: 'en' }).missing).toEqual([]);
    const bilingual = build({ language: 'bilingual', participants: true });
    expect(bilingual.missing.every((m) => m.missing === 'zh')).toBe(true);
    expect(bilingual.missing).toContainEqual(
      expect.objectContaining({ entity: 'member', id: fx.members.marco.id, field: 'title' }),
    );
    expect(bilingual.html).toContain('<span class="tag">EN</span>Bring presentation slides');
  });

  it('never marks names, which print as written', () => {
    const built = build({ language: 'zh', participants: true });
    expect(built.missing.find((m) => m.field === 'name' && m.entity === 'member')).toBeUndefined();
    expect(built.html).toContain('<td class="name">Anna Schmidt</td>');
  });

  it('prints characters that no embedded font has as a marked code, and lists them', () => {
    const built = build({ language: 'zh', participants: true }, { canPrint: (c) => c !== '𠮷' });
    expect(built.html).toContain('张<span class="nochar">U+20BB7</span>祥');
    expect(built.html).not.toContain('𠮷');
    expect(built.unprintable).toContainEqual(
      expect.objectContaining({ entity: 'member', id: fx.members.zhang.id, field: 'name', characters: ['𠮷'] }),
    );
  });
});

describe('document frame', () => {
  it('heads the document with the title, dates, host cities and delegations', () => {
    const en = build().html;
    expect(en).toContain('<h1>EU–China Urban Renewal Study Visit</h1>');
    expect(en).toContain('2 July 2023 – 7 July 2023');
    expect(en).toContain('Beijing, Shanghai');
    expect(en).toContain('European delegation, Chinese delegation');
    const zh = build({ language: 'zh' }).html;
    expect(zh).toContain('2023年7月2日至2023年7月7日');
    expect(zh).toContain('北京、上海');
    expect(zh).toContain('欧洲代表团、中国代表团');
  });

  it('draws a running header and a "page X of Y" footer with the revision stamp', () => {
    const en = build().html;
    expect(en).toContain('@top-left { content: "EU–China Urban Renewal Study Visit";');
    expect(en).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(en).toContain(`Revision ${fx.visit.revision} · generated 1 July 2023, 14:05`);
    const zh = build({ language: 'zh' }).html;
    expect(zh).toContain('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(zh).toContain(`版本 ${fx.visit.revision} · 生成于 2023年7月1日 14:05`);
    expect(build({ paper: 'letter' }).html).toContain('size: 215.9mm 279.4mm');
    expect(en).toContain('size: 210mm 297mm');
  });

  it('lists participants by delegation in precedence order', () => {
    const { html } = build({ language: 'bilingual', participants: true });
    const list = html.slice(html.indexOf('<section class="participants'));
    const order = ['Anna Schmidt', 'Marco Rossi', 'Chen Jing', 'Wang Fang', 'Zhang Jixiang'].map((n) =>
      list.indexOf(n),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(list).toContain('参会人员名单');
    expect(list).toContain('团长');
    expect(build().html).not.toContain('<section class="participants');
  });

  it('prints a visit that has no legs or items yet', () => {
    const empty: ProgrammeData = { ...data, legs: [], items: [], sites: [] };
    const built = buildProgramme(empty, options({ participants: true }), env);
    expect(built.days).toEqual([]);
    expect(built.html).toContain('<h1>EU–China Urban Renewal Study Visit</h1>');
    expect(built.html).not.toContain('Dates'); // no dates yet: the row is left out
    expect(built.html).toContain('Anna Schmidt');
  });

  it('is the same HTML for the same input', () => {
    expect(build({ language: 'bilingual', participants: true }).html).toBe(
      build({ language: 'bilingual', participants: true }).html,
    );
  });

  it('keeps the document free of scripts and remote loads', () => {
    const { html } = build({ language: 'bilingual', participants: true, addresses: true });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(SCRIPT_TITLE.replace('<', '&lt;').replace('>', '&gt;').slice(0, 10));
  });
});
