// Child process for the crash test: makes confirmed writes through the services as fast as it can and
// prints each confirmed id on its own line. The parent kills it with SIGKILL at a random moment.
import { openApp } from '../../src-main/services';

const [path, legId] = process.argv.slice(2);
const app = openApp(path);
let n = 0;
for (;;) {
  const result = await app.call('items.create', {
    legId,
    date: '2023-07-02',
    startTime: '09:00',
    endTime: '10:00',
    kind: 'working_session',
    title: { en: `Crash test ${n}`, zh: `崩溃测试${n}` },
    attendees: null,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  process.stdout.write(`${(result.value as { id: string }).id}\n`);
  n++;
}
