#!/usr/bin/env node
// Runs a TypeScript entry point (bench, scripts) through tsx: `node bin/run-ts.js FILE [ARGS]`.
// process.argv[1] becomes FILE, so the entry point can tell it is the main module.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/run-ts.js FILE [ARGS]');
  process.exit(2);
}
process.argv.splice(1, 2, resolve(file));
await import(pathToFileURL(resolve(file)).href);
