#!/usr/bin/env node
// Runs the CLI compiled by `npm run build` (dist/node/kg.js): no TypeScript tooling at start-up, so a
// production install (`npm ci --omit=dev`) works. In a checkout that was not built, or with KG_FROM_SOURCE=1
// (the tests set it, so they never run a stale build), it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const built = new URL('../dist/node/kg.js', import.meta.url);

async function runSources() {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error('kg: IO_ERROR: dist/node/kg.js is missing; run `npm run build` first');
    process.exit(1);
  }
  register();
  await import('../cli/kg.ts');
}

if (process.env.KG_FROM_SOURCE !== '1' && existsSync(built)) await import(built.href);
else await runSources();
