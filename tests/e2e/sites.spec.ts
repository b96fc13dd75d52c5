import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.SVP_SHOTS_DIR;
/** Screenshots for reviewing the screen by eye, only when SVP_SHOTS_DIR is set. */
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** Calls the app's API the way the renderer does (same origin, session cookie). */
async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([channel, input]) => {
      const response = await fetch('/api', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    [channel, input] as const,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}

test('site library: create, search in Chinese, see where a site is used, edit, delete and undo', async ({
  page,
  browserMode,
}) => {
  await browserMode.open(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sites' }).click();
  await expect(page.getByRole('heading', { name: 'Site library', level: 1 })).toBeVisible();
  await expect(page.getByText('No sites yet. Create the first one.')).toBeVisible();

  await page.getByRole('button', { name: 'New site' }).click();
  let form = page.getByRole('form', { name: 'New site' });
  await form.getByLabel('Name (English)').fill('Zhengzhou Airport Economy Zone Exhibition Centre');
  await form.getByLabel('Name (Chinese)').fill('郑州航空港经济综合实验区展示中心');
  await form.getByLabel('Address (English)').fill('Airport Economy Zone, Zhengzhou');
  await form.getByLabel('Address (Chinese)').fill('郑州航空港经济综合实验区');
  await form.getByRole('combobox', { name: 'City or region' }).fill('郑州');
  await form.getByRole('option', { name: /^Zhengzhou\s*郑州/ }).click();
  await form.getByLabel('Category').selectOption({ label: 'Industrial park' });
  await form.getByLabel('Contact name').fill('Liu Yang');
  await form.getByLabel('Phone').fill('+86 371 5555 0100');
  await form.getByLabel('Email').fill('liu.yang@example.cn');
  await form.getByLabel('Latitude').fill('34.53');
  await form.getByLabel('Longitude').fill('113.85');
  await form.getByRole('button', { name: 'Create site' }).click();
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
    /Zhengzhou Airport Economy Zone Exhibition Centre\s*郑州航空港经济综合实验区展示中心/,
  );
  await expect(detail.getByText('Not used in any itinerary yet.')).toBeVisible();

  // A bad e-mail address is refused with a translated message next to the field.
  await page.getByRole('button', { name: 'New site' }).click();
  form = page.getByRole('form', { name: 'New site' });
  await form.getByLabel('Name (English)').fill('Hangzhou City Brain Operation Centre');
  await form.getByLabel('Name (Chinese)').fill('杭州城市大脑运营指挥中心');
  await form.getByLabel('Email').fill('not an address');
  await form.getByRole('button', { name: 'Create site' }).click();
  await expect(form.getByText('not a valid e-mail address')).toBeVisible();
  await form.getByLabel('Email').fill('');
  await form.getByLabel('Category').selectOption({ label: 'Government' });
  await form.getByRole('button', { name: 'Create site' }).click();
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('Hangzhou City Brain Operation Centre');
  await expect(page.getByText('2 sites', { exact: true })).toBeVisible();

  // An itinerary item at the first site, made through the API (the itinerary tab is another screen).
  const sites = await api<{ id: string; name: { en: string } }[]>(page, 'sites.list', { query: '航空港' });
  expect(sites.map((s) => s.name.en)).toEqual(['Zhengzhou Airport Economy Zone Exhibition Centre']);
  const places = await api<{ id: string }[]>(page, 'places.list', { query: 'Zhengzhou' });
  const visit = await api<{ id: string }>(page, 'visits.create', {
    title: { en: 'European delegation to Zhengzhou', zh: '欧洲代表团赴郑州考察访问' },
  });
  const leg = await api<{ id: string }>(page, 'legs.create', {
    visitId: visit.id,
    placeId: places[0].id,
    startDate: '2023-07-04',
    endDate: '2023-07-05',
  });
  await api(page, 'items.create', {
    legId: leg.id,
    date: '2023-07-04',
    startTime: '14:30',
    endTime: '16:00',
    kind: 'site_visit',
    title: { en: 'Visit of the Airport Economy Zone', zh: '实地考察航空港区' },
    siteId: sites[0].id,
  });
  await page.reload();

  // Search in Chinese: only the matching site is listed; choosing it shows where it is used.
  await page.getByLabel('Search sites').fill('航空港');
  const list = page.getByRole('list', { name: 'Sites' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('1 site found')).toBeVisible();
  await list.getByRole('button', { name: /Zhengzhou Airport Economy Zone/ }).click();
  const usage = detail.getByRole('region', { name: 'Where this site is used' });
  await expect(usage.getByRole('link')).toHaveText([
    /Tuesday, 4 July 2023, 14:30\s*Visit of the Airport Economy Zone\s*European delegation to Zhengzhou/,
  ]);
  await shot(page, 'sites-en-1280');
  await page.setViewportSize({ width: 700, height: 900 });
  await shot(page, 'sites-en-700');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '考察点库', level: 1 })).toBeVisible();
  await expect(page.getByText('找到 1 个考察点')).toBeVisible();
  await expect(usage).toHaveCount(0);
  const usageZh = detail.getByRole('region', { name: '此考察点的使用情况' });
  await expect(usageZh.getByRole('link')).toHaveText([
    /2023年7月4日 星期二 14:30\s*实地考察航空港区\s*欧洲代表团赴郑州考察访问/,
  ]);
  await expect(detail.getByText('产业园区')).toBeVisible();
  await shot(page, 'sites-zh-700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: '编辑考察点' }).click();
  await shot(page, 'sites-zh-1280-edit');
  form = page.getByRole('form', { name: '编辑考察点' });
  await form.getByLabel('联系人姓名').fill('刘洋');
  await form.getByRole('button', { name: '保存考察点' }).click();
  await expect(detail.getByText('刘洋 · +86 371 5555 0100 · liu.yang@example.cn')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  // The usage links to the visit's itinerary.
  await usage.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/visits/${visit.id}/itinerary$`));
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Site library', level: 1 })).toBeVisible();

  // Delete the other site with confirmation, then undo.
  await page.getByLabel('Search sites').fill('');
  await page
    .getByRole('list', { name: 'Sites' })
    .getByRole('button', { name: /Hangzhou City Brain/ })
    .click();
  await detail.getByRole('button', { name: 'Delete site' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this site?' });
  await expect(dialog).toContainText('“Hangzhou City Brain Operation Centre” is removed from the site library.');
  await dialog.getByRole('button', { name: 'Delete site' }).click();
  await expect(page.getByText('1 site', { exact: true })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('2 sites', { exact: true })).toBeVisible();

  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(
      db
        .prepare(
          `SELECT s.name_en, s.name_zh, s.address_zh, p.name_en AS place, s.category, s.contact_name, s.contact_phone,
                  s.contact_email, s.latitude, s.longitude
           FROM sites s LEFT JOIN places p ON p.id = s.place_id ORDER BY s.name_en`,
        )
        .all(),
    ).toEqual([
      {
        name_en: 'Hangzhou City Brain Operation Centre',
        name_zh: '杭州城市大脑运营指挥中心',
        address_zh: '',
        place: null,
        category: 'government',
        contact_name: '',
        contact_phone: '',
        contact_email: '',
        latitude: null,
        longitude: null,
      },
      {
        name_en: 'Zhengzhou Airport Economy Zone Exhibition Centre',
        name_zh: '郑州航空港经济综合实验区展示中心',
        address_zh: '郑州航空港经济综合实验区',
        place: 'Zhengzhou',
        category: 'industrial_park',
        contact_name: '刘洋',
        contact_phone: '+86 371 5555 0100',
        contact_email: 'liu.yang@example.cn',
        latitude: 34.53,
        longitude: 113.85,
      },
    ]);
  } finally {
    db.close();
  }
});
