import type { App } from '../../services';
import { call, CliError, openWorkspace, type Command } from '../command';

const ENTITIES = ['visits', 'delegations', 'members', 'sites', 'items', 'places'] as const;
type Entity = (typeof ENTITIES)[number];

async function visitIds(app: App, only: string | undefined): Promise<string[]> {
  return only ? [only] : (await call(app, 'visits.list', {})).map((v) => v.id);
}

async function collect(app: App, entity: Entity, visit: string | undefined): Promise<unknown[]> {
  switch (entity) {
    case 'visits': {
      const visits = await call(app, 'visits.list', {});
      const details = await Promise.all(visits.map((v) => call(app, 'visits.get', { id: v.id })));
      return visits.map((v, i) => ({ ...v, legs: details[i].legs }));
    }
    case 'sites':
      return call(app, 'sites.list', {});
    case 'places':
      return call(app, 'places.list', {});
    case 'delegations':
    case 'members':
    case 'items': {
      const out: unknown[] = [];
      for (const visitId of await visitIds(app, visit)) {
        if (entity === 'items') out.push(...(await call(app, 'items.list', { visitId })));
        else {
          const delegations = await call(app, 'delegations.list', { visitId });
          if (entity === 'delegations') out.push(...delegations);
          else for (const d of delegations) out.push(...(await call(app, 'members.list', { delegationId: d.id })));
        }
      }
      return out;
    }
  }
}

const label = (row: Record<string, unknown>): string => {
  const bi = (row.title ?? row.name) as { en: string; zh: string } | undefined;
  const name = bi ? [bi.en, bi.zh].filter(Boolean).join(' / ') : `${row.nameLatin ?? ''} ${row.nameZh ?? ''}`.trim();
  const when = row.date
    ? `${row.date} ${row.startTime}–${row.endTime}  `
    : row.startDate
      ? `${row.startDate}…${row.endDate}  `
      : '';
  return `${row.id}  ${when}${name}`;
};

export const listCommand: Command = {
  usage: `<${ENTITIES.join('|')}> [--visit ID] [--json] [--data-dir DIR]`,
  options: { visit: { type: 'string' } },
  async run(args) {
    const entity = args.positionals[0] as Entity | undefined;
    if (!entity || !ENTITIES.includes(entity)) throw new CliError(`choose one of ${ENTITIES.join(', ')}`, 2);
    const app = openWorkspace(args);
    try {
      const rows = await collect(app, entity, args.values.visit as string | undefined);
      if (args.values.json) console.log(JSON.stringify(rows, null, 2));
      else for (const row of rows) console.log(label(row as Record<string, unknown>));
      return 0;
    } finally {
      app.close();
    }
  },
};
