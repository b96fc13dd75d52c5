import { expect, test } from './fixtures';

test('perf 2000 items', async ({ page, browserMode }) => {
  test.setTimeout(300_000);
  await browserMode.open(page);
  const visitId = await page.evaluate(async () => {
    const call = async (channel: string, input: unknown) => {
      const r = await fetch('/api', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel, input }) });
      const j = await r.json();
      if (!j.ok) throw new Error(JSON.stringify(j.error));
      return j.value;
    };
    const places = await call('places.list', { query: 'Beijing' });
    const visit = await call('visits.create', { title: { en: 'Big visit', zh: '大型访问' } });
    const leg = await call('legs.create', { visitId: visit.id, placeId: places[0].id, startDate: '2023-07-01', endDate: '2023-08-09' });
    await call('delegations.create', { visitId: visit.id, name: { en: 'EU', zh: '欧盟' }, homeTimeZone: 'Europe/Brussels' });
    const jobs = [];
    for (let d = 0; d < 40; d++) {
      const date = new Date(Date.UTC(2023, 6, 1 + d)).toISOString().slice(0, 10);
      for (let i = 0; i < 50; i++) {
        const start = 7 * 60 + i * 15;
        const t = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        jobs.push({ legId: leg.id, date, startTime: t(start), endTime: t(start + 15), kind: 'working_session', title: { en: `Session ${d}-${i}`, zh: `会议 ${d}-${i}` } });
      }
    }
    for (let i = 0; i < jobs.length; i += 50) await Promise.all(jobs.slice(i, i + 50).map((j) => call('items.create', j)));
    return visit.id;
  });
  const timings = await page.evaluate(async (visitId) => {
    const out: Record<string, number> = {};
    for (const [channel, input] of [['items.list', { visitId }], ['conflicts.forVisit', { visitId }], ['sites.list', {}], ['history.state', {}]] as const) {
      const t = performance.now();
      await fetch('/api', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel, input }) }).then((r) => r.json());
      out[channel] = Math.round(performance.now() - t);
    }
    return out;
  }, visitId);
  console.log(JSON.stringify(timings));
  await page.goto(`${browserMode.origin}/#/visits/${visitId}`);
  await expect(page.getByRole('heading', { name: 'Big visit' })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let t0 = Date.now();
  await page.getByRole('link', { name: 'Itinerary' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.item').length >= 2000, null, { timeout: 60_000 });
  console.log('open itinerary ms', Date.now() - t0);
  const row = () => page.locator('li.item', { hasText: 'Session 0-3' }).first();
  await page.evaluate(() => (document.querySelector('li.item:nth-child(4) .item-title') as HTMLElement).focus());
  t0 = Date.now();
  await page.keyboard.press('Alt+ArrowDown');
  await page.waitForFunction(() => document.activeElement?.closest('li')?.textContent?.includes('08:00–08:15'));
  console.log('nudge ms', Date.now() - t0);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, c] of counts) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + c);
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v} ${k}`).join('\n'));
  await page.waitForFunction(() => document.querySelector('details.checks summary')?.textContent?.includes('1 conflict'));
  console.log('conflict shown ms', Date.now() - t0);
  t0 = Date.now();
  await page.evaluate(() => (document.querySelector('.language-switch button:last-child') as HTMLElement).click());
  await page.waitForFunction(() => document.body.textContent?.includes('会议 0-3'));
  console.log('language switch ms', Date.now() - t0);
  t0 = Date.now();
  await page.evaluate(() => (document.querySelector('.itinerary-toolbar input[type=checkbox]') as HTMLElement).click());
  await page.waitForFunction(() => document.querySelectorAll('.home-time').length >= 2000);
  console.log('home time ms', Date.now() - t0);
  void row;
  await page.screenshot({ path: '/tmp/perf.png' });
});
