import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));
const WRITE_ON_SIGUSR2 = fileURLToPath(new URL('../fixtures/write-on-sigusr2.mjs', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Runs `kg serve --port 0` on a fresh data directory and waits for the URL it prints. */
function startServe(
  dataDir: string,
  args: string[] = [],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Started> {
  const child = spawn(process.execPath, [...nodeArgs, KG, 'serve', '--port', '0', ...args], {
    env: { ...process.env, STORE: 'memory', DATA_DIR: dataDir, PORT: '', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output, exit });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exit.then((code) => reject(new Error(`kg serve exited with ${code} before listening:\n${output}`)));
  });
}

describe('kg serve', () => {
  it('loads the sample report into an empty store, serves it, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-serve-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const first = await startServe(dataDir);
    expect(first.output()).toMatch(/loaded the sample report/);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', store: 'memory', documents: 1 });
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    const second = await startServe(dataDir);
    expect(second.output()).not.toMatch(/loaded the sample report/);
    expect((await (await fetch(`${second.url}/api/health`)).json()).documents).toBe(1);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
  });

  it('shuts down cleanly on a SIGTERM that arrives while a file write holds its exit hook', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-serve-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const started = await startServe(dataDir, [], {}, ['--import', WRITE_ON_SIGUSR2]);
    const writeStarted = new Promise<void>((resolve) => {
      const check = () => {
        if (started.output().includes('write started')) resolve();
      };
      started.child.stderr!.on('data', check);
    });
    started.child.kill('SIGUSR2');
    await writeStarted;
    started.child.kill('SIGTERM');
    expect(await started.exit, started.output()).toBe(0);
    expect(started.output()).toMatch(/SIGTERM, shutting down/);
  });

  it('answers the hosts named by --allow-host and KG_ALLOWED_HOSTS, and refuses others with 421', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-serve-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const started = await startServe(dataDir, ['--allow-host', 'graph.internal'], {
      KG_ALLOWED_HOSTS: 'kg.example.org, other.example.org',
    });
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        get(`${started.url}/api/health`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await statusFor('graph.internal')).toBe(200);
    expect(await statusFor('kg.example.org:8080')).toBe(200);
    expect(await statusFor('other.example.org')).toBe(200);
    expect(await statusFor('evil.example')).toBe(421);
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
  });

  it('rejects a port that is not a number', async () => {
    const child = spawn(process.execPath, [KG, 'serve', '--port', 'http'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/port must be a whole number/);
  });

  it('fails with one IO_ERROR line naming the address when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => taken.close());
    const port = (taken.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-serve-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, [KG, 'serve', '--port', String(port)], {
      env: { ...process.env, STORE: 'memory', DATA_DIR: dataDir, HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `kg: IO_ERROR: cannot listen on 127.0.0.1:${port}: the port is in use (pick another with --port or PORT)`,
    );
  });
});
