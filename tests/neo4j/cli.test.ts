import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/neo4j';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../samples/000_dd9d7d845ba8a621.txt', import.meta.url));

function kg(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [KG, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const started = performance.now();
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

describe('kg with STORE=neo4j and no server at NEO4J_URI', () => {
  it.each([
    ['import', [SAMPLE]],
    ['serve', ['--port', '0']],
  ])('kg %s fails at once with one line naming the address', async (command, args) => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const result = await kg([command, ...args], {
      STORE: 'neo4j',
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'unused-password',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^kg: UNAVAILABLE: cannot connect to Neo4j at ${uri}`));
    expect(result.ms).toBeLessThan(10_000);
  });
});
