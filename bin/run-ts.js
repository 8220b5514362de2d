#!/usr/bin/env node
// Runs a TypeScript entry point (bench, scripts) through tsx: `node bin/run-ts.js FILE [ARGS]`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const [file] = process.argv.splice(2, 1);
if (!file) {
  console.error('usage: node bin/run-ts.js FILE [ARGS]');
  process.exit(2);
}
await import(pathToFileURL(resolve(file)).href);
