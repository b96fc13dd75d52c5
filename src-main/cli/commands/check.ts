import { call, openWorkspace, type Command } from '../command';

export const checkCommand: Command = {
  usage: '[--data-dir DIR] [--json]',
  async run(args) {
    const app = openWorkspace(args);
    try {
      const check = await call(app, 'app.check', {});
      if (args.values.json) console.log(JSON.stringify(check, null, 2));
      else {
        console.log(`workspace: ${check.path}`);
        console.log(`schema version: ${check.schemaVersion} (latest ${check.latestSchemaVersion})`);
        console.log(`integrity: ${check.integrity}`);
        for (const [table, n] of Object.entries(check.counts)) console.log(`${table}: ${n}`);
      }
      return check.integrity === 'ok' ? 0 : 1;
    } finally {
      app.close();
    }
  },
};
