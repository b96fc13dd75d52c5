// `svp` — the command line over the same services as the desktop app and browser mode.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportPdfCommand } from './commands/export-pdf';
import { listCommand } from './commands/list';
import { serveCommand } from './commands/serve';
import { importMembersCommand } from './commands/import-members';
import { exportVisitCommand, importVisitCommand } from './commands/visit-package';
import { backupCommand, restoreCommand } from './commands/backup';
import { CliError, type Command } from './command';

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  check: checkCommand,
  list: listCommand,
  demo: demoCommand,
  'export-pdf': exportPdfCommand,
  'import-members': importMembersCommand,
  'export-visit': exportVisitCommand,
  'import-visit': importVisitCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  svp ${name} ${c.usage}`.trimEnd());
  return [
    'Study Visit Planner (考察访问规划) — command line',
    '',
    'Usage:',
    ...lines,
    '',
    'Every command takes --data-dir DIR (or SVP_DATA_DIR) to choose the workspace folder.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`svp: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      console.log(`svp ${name} ${command.usage}`);
      return 0;
    }
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals });
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`svp ${name}: ${error.message}`);
      return error.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`svp ${name}: ${(error as Error).message}\nusage: svp ${name} ${command.usage}`);
      return 2;
    }
    console.error(`svp ${name}: ${(error as Error).message}`);
    return 1;
  }
}
