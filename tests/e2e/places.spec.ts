import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.SVP_SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

test('cities and regions: correct a gazetteer name, add a place, delete it and undo, in both languages', async ({
  page,
  browserMode,
}) => {
  await browserMode.open(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Places' }).click();
  await expect(page.getByRole('heading', { name: 'Cities and regions', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ places$/)).toBeVisible();

  // A gazetteer place found by its Chinese name, then given a fuller Chinese name.
  await page.getByLabel('Search cities and regions').fill('罗马');
  const list = page.getByRole('list', { name: 'Cities and regions' });
  await list.getByRole('button', { name: /^Rome\s*罗马/ }).click();
  const detail = page.getByRole('article');
  await expect(detail.getByText('Europe/Rome')).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Delete place' })).toHaveCount(0);
  await expect(detail.getByText(/can be edited .* but not deleted/)).toBeVisible();
  await detail.getByRole('button', { name: 'Edit place' }).click();
  const form = page.getByRole('group', { name: 'Edit place' });
  await form.getByLabel('Place name (Chinese)').fill('罗马市');
  await shot(page, 'places-en-1280-edit');
  await form.getByRole('button', { name: 'Save place' }).click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/Rome\s*罗马市/);

  // A place of one's own: side and time zone follow the country code.
  await page.getByRole('button', { name: 'New place' }).click();
  const create = page.getByRole('group', { name: 'New place' });
  await create.getByLabel('Place name (English)').fill('Tivoli');
  await create.getByLabel('Place name (Chinese)').fill('蒂沃利');
  await create.getByLabel('Country code').fill('it');
  await create.getByRole('button', { name: 'Add place' }).click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/Tivoli\s*蒂沃利/);
  await expect(detail.getByText('Added in this workspace')).toBeVisible();
  await expect(detail.getByText('Europe/Rome')).toBeVisible();
  await shot(page, 'places-en-1280');

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '城市与地区', level: 1 })).toBeVisible();
  await expect(detail.getByText('在本工作区添加')).toBeVisible();
  await detail.getByRole('button', { name: '删除地点' }).click();
  const dialog = page.getByRole('dialog', { name: '删除此地点？' });
  await dialog.getByRole('button', { name: '删除地点' }).click();
  await expect(page.getByText('地点“蒂沃利”已删除。')).toBeVisible();
  await expect(page.getByText('选择一个地点以查看或编辑。')).toBeVisible();
  await page.setViewportSize({ width: 700, height: 900 });
  await shot(page, 'places-zh-700');
  await page.getByRole('status').filter({ hasText: '已删除' }).getByRole('button', { name: '撤销' }).click();
  await page.getByLabel('搜索城市与地区').fill('蒂沃利');
  await expect(page.getByRole('list', { name: '城市与地区' }).getByRole('button', { name: /蒂沃利/ })).toBeVisible();

  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(db.prepare(`SELECT name_en, name_zh FROM places WHERE gazetteer_key = 'rome'`).get()).toEqual({
      name_en: 'Rome',
      name_zh: '罗马市',
    });
    expect(
      db.prepare(`SELECT country, side, time_zone, gazetteer_key FROM places WHERE name_en = 'Tivoli'`).get(),
    ).toEqual({ country: 'IT', side: 'eu', time_zone: 'Europe/Rome', gazetteer_key: null });
  } finally {
    db.close();
  }
});
