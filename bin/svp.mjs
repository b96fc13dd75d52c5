#!/usr/bin/env node
// `svp`: runs the TypeScript CLI through tsx, so it works straight after `npm install`.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src-main/cli/svp.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
