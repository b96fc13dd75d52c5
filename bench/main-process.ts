// What the desktop app's main process holds, in a plain Node process: the services over the benchmark
// workspace, the big visit's itinerary and conflicts, a run of edits as the itinerary screen makes them
// (save, then the visit's conflicts; the screen keeps its own copy of the items), and searches.
// Run by bench/run.ts (bundled first, so no TypeScript loader is counted); prints its peak memory as JSON.
import { openApp } from '../src-main/services';

const [path, visitId] = process.argv.slice(2);
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sample, 10);

const app = openApp(path);
const call = async (channel: string, input: unknown) => {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  sample();
  return result.value;
};
await call('visits.list', {});
await call('visits.get', { id: visitId });
const items = (await call('items.list', { visitId })) as Array<{ id: string }>;
await call('conflicts.forVisit', { visitId });
for (let i = 0; i < 200; i++) {
  const item = items[(i * 37) % items.length];
  await call('items.update', { id: item.id, patch: { notes: { en: `Checked ${i}`, zh: `已核对${i}` } } });
  await call('conflicts.forVisit', { visitId });
}
for (const query of ['创新', '智慧城市', 'innovation park']) await call('search.query', { query, limit: 50 });
app.close();
clearInterval(timer);
sample();
console.log(JSON.stringify({ peakRssMb: peakRss / 1024 / 1024 }));
