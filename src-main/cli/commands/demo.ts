import { call, openWorkspace, type Command } from '../command';

export const demoCommand: Command = {
  usage: '[--data-dir DIR]   (loads the example visits into their own workspace and opens it)',
  async run(args) {
    const app = openWorkspace(args);
    try {
      const state = await call(app, 'demo.load', {});
      const visits = await call(app, 'visits.list', {});
      console.log(`Example workspace: ${state.current.path}`);
      for (const v of visits) console.log(`  ${v.startDate}…${v.endDate}  ${v.title.en} / ${v.title.zh}`);
      console.log('Your own workspaces are unchanged; "svp list visits" now lists the example visits.');
      return 0;
    } finally {
      app.close();
    }
  },
};
