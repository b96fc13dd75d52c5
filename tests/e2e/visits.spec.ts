import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('create a study visit, switch to 简体中文, reload: language and visit are still there', async ({
  page,
  browserMode,
}) => {
  await browserMode.open(page);
  await expect(page.getByRole('heading', { name: 'No study visits yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New study visit' }).click();
  await page.getByLabel('Title (English)').fill('European delegation to Beijing, Zhengzhou and Hangzhou');
  await page.getByLabel('Title (Chinese)').fill('欧洲代表团赴北京、郑州、杭州考察访问');
  await page.getByRole('button', { name: 'Create study visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'European delegation to Beijing, Zhengzhou and Hangzhou',
  );

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欧洲代表团赴北京、郑州、杭州考察访问');
  await expect(page.getByRole('link', { name: '← 全部考察访问' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欧洲代表团赴北京、郑州、杭州考察访问');
  await page.getByRole('link', { name: '← 全部考察访问' }).click();
  await expect(page.getByRole('heading', { name: '考察访问', level: 1 })).toBeVisible();
  await expect(page.getByText('欧洲代表团赴北京、郑州、杭州考察访问')).toBeVisible();
  await expect(page.getByText('草稿')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('visits-zh.png') });

  // What the UI did is what the store holds.
  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: 'zh-CN' });
    expect(db.prepare('SELECT title_en, title_zh, status FROM visits').all()).toEqual([
      {
        title_en: 'European delegation to Beijing, Zhengzhou and Hangzhou',
        title_zh: '欧洲代表团赴北京、郑州、杭州考察访问',
        status: 'draft',
      },
    ]);
  } finally {
    db.close();
  }
});

test('bad input shows a translated error and saves nothing', async ({ page, browserMode }) => {
  await browserMode.open(page);
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '新建考察访问' }).click();
  await page.getByRole('button', { name: '创建考察访问' }).click();
  await expect(page.getByRole('alert')).toContainText('部分字段需要修改。');
  await expect(page.getByRole('alert')).toContainText('标题: 请填写英文或中文（或两者）');
  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

test('markup in a title is shown as text, never run', async ({ page, browserMode }) => {
  const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  await browserMode.open(page);
  await page.getByRole('button', { name: 'New study visit' }).click();
  await page.getByLabel('Title (English)').fill(hostile);
  await page.getByRole('button', { name: 'Create study visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await page.getByRole('link', { name: '← All study visits' }).click();
  await expect(page.getByText(hostile)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
