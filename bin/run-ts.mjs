#!/usr/bin/env node
// Runs a TypeScript file of the project with tsx: `node bin/run-ts.mjs bench/run.ts --json out.json`.
import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [file, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], file, ...args];
await tsImport(pathToFileURL(resolve(file)).href, import.meta.url);
