import { expect, test } from './fixtures';

test('load the example visits from the empty state and read them in 简体中文', async ({ page, browserMode }) => {
  await browserMode.open(page);
  await page.getByRole('button', { name: 'Load example visits' }).click();
  await expect(page.getByRole('note')).toContainText('example workspace');
  await expect(
    page.getByRole('link', { name: /European delegation study visit to Beijing, Zhengzhou and Hangzhou/ }),
  ).toBeVisible();
  await expect(page.getByText('2 Jul 2023 – 7 Jul 2023')).toBeVisible();
  await expect(page.getByText('Beijing · Zhengzhou · Hangzhou')).toBeVisible();

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('link', { name: /欧洲代表团赴北京、郑州、杭州考察访问/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /中国代表团赴拉齐奥大区和西希腊大区考察访问/ })).toBeVisible();
  await expect(page.getByText('北京 · 郑州 · 杭州')).toBeVisible();
  await expect(page.getByText('2023年7月2日至2023年7月7日')).toBeVisible();
  await expect(page.getByRole('button', { name: /工作区：\s*示例考察访问/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('demo-zh.png'), fullPage: true });

  // The user's own (empty) workspace is one click away and unchanged.
  await page.getByRole('button', { name: /工作区/ }).click();
  await page.getByRole('button', { name: 'My study visits' }).click();
  await expect(page.getByRole('heading', { name: '还没有考察访问' })).toBeVisible();
});
