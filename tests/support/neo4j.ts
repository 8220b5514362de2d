import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** How the Neo4j tests of one run reach a server; decided (and started) once, in the global setup. */
export type Neo4jPlan =
  | { kind: 'env'; settings: Neo4jSettings }
  | { kind: 'local'; settings: Neo4jSettings; home: string; controlPort: number }
  | { kind: 'skip'; reason: string };

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SERVER_DIR = join(ROOT, 'tools', 'neo4j-server');
const SERVER_JAR = join(SERVER_DIR, 'target', 'neo4j-server.jar');
const SERVER_LIB = join(SERVER_DIR, 'target', 'lib');
export const LOCAL_PASSWORD = 'policy-graph-test';

/**
 * The JVM flags Neo4j 5.26's own neo4j.conf passes (`server.jvm.additional`), plus a modest heap.
 * AlwaysPreTouch is left out: it touches the whole initial heap before the server can start.
 */
export function jvmFlags(heap: string, quickStart: boolean): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
    // For tests, startup time matters more than peak throughput.
    ...(quickStart ? ['-XX:TieredStopAtLevel=1'] : []),
  ];
}

/**
 * `NEO4J_URI` (with `NEO4J_USER` / `NEO4J_PASSWORD` / `NEO4J_DATABASE`) wins; otherwise the local
 * server of tools/neo4j-server when Java is installed and the server is built; otherwise why not.
 */
export function planNeo4j(
  env: NodeJS.ProcessEnv = process.env,
): { kind: 'env'; settings: Neo4jSettings } | { kind: 'local' } | { kind: 'skip'; reason: string } {
  if (env.NEO4J_URI) {
    const settings: Neo4jSettings = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
    };
    if (env.NEO4J_DATABASE) settings.database = env.NEO4J_DATABASE;
    return { kind: 'env', settings };
  }
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    return { kind: 'skip', reason: 'no NEO4J_URI and no java on PATH to run tools/neo4j-server' };
  }
  if (!existsSync(SERVER_JAR) || !existsSync(SERVER_LIB)) {
    return {
      kind: 'skip',
      reason: 'no NEO4J_URI and tools/neo4j-server is not built (mvn -q -f tools/neo4j-server package)',
    };
  }
  return { kind: 'local' };
}

/** A free port on 127.0.0.1 (free when asked; the server binds it a moment later). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServerOptions {
  home: string;
  port: number;
  heap?: string;
  /** Only the quick JIT tier: starts faster, runs slower (default true, for tests). */
  quickStart?: boolean;
  password?: string;
  /** A neo4j.conf-style file of further settings. */
  conf?: string;
  /** A 127.0.0.1 port on which the server takes `stop` / `start` from any process. */
  controlPort?: number;
}

/**
 * A tools/neo4j-server process. It exits when its standard input closes, so it never outlives the
 * process that started it; `stopDatabase` / `startDatabase` take the database away and back on the
 * same port without ending the process.
 */
export class LocalNeo4j {
  readonly uri: string;
  private readonly child: ChildProcessWithoutNullStreams;
  private output = '';
  private readonly waiters: Array<{ line: string; resolve: () => void; reject: (e: Error) => void }> = [];
  private exited: Promise<number | null>;

  constructor(options: ServerOptions) {
    this.uri = `bolt://127.0.0.1:${options.port}`;
    const args = [
      ...jvmFlags(options.heap ?? '1g', options.quickStart ?? true),
      '-cp',
      `${SERVER_JAR}:${SERVER_LIB}/*`,
      'policygraph.neo4j.TestServer',
      '--home',
      options.home,
      '--port',
      String(options.port),
      '--password',
      options.password ?? LOCAL_PASSWORD,
      ...(options.conf ? ['--conf', options.conf] : []),
      ...(options.controlPort === undefined ? [] : ['--control-port', String(options.controlPort)]),
    ];
    this.child = spawn('java', args, { stdio: 'pipe' });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    let pending = '';
    this.child.stdout.on('data', (chunk: string) => {
      this.output += chunk;
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline).trim();
        pending = pending.slice(newline + 1);
        for (const waiter of [...this.waiters]) {
          if (line.startsWith(waiter.line)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
        newline = pending.indexOf('\n');
      }
    });
    this.child.stderr.on('data', (chunk: string) => {
      this.output = (this.output + chunk).slice(-20_000);
    });
    this.exited = new Promise((done) => this.child.once('exit', (code) => done(code)));
    void this.exited.then((code) => {
      for (const waiter of this.waiters.splice(0)) {
        waiter.reject(new Error(`neo4j-server exited with ${code}: ${this.output.slice(-2000)}`));
      }
    });
  }

  /** Resolves once the server printed its ready line. */
  ready(timeoutMs = 180_000): Promise<void> {
    return this.waitFor('ready', timeoutMs);
  }

  async stopDatabase(): Promise<void> {
    const stopped = this.waitFor('stopped', 60_000);
    this.child.stdin.write('stop\n');
    await stopped;
  }

  async startDatabase(): Promise<void> {
    const ready = this.waitFor('ready', 120_000);
    this.child.stdin.write('start\n');
    await ready;
  }

  /** Closes standard input (a clean shutdown) and waits; kills the process if it takes too long. */
  async close(timeoutMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  private waitFor(line: string, timeoutMs: number): Promise<void> {
    if (this.child.exitCode !== null) {
      return Promise.reject(new Error(`neo4j-server is not running: ${this.output.slice(-2000)}`));
    }
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`neo4j-server printed no "${line}" in ${timeoutMs} ms: ${this.output.slice(-2000)}`),
        );
      }, timeoutMs);
      this.waiters.push({
        line,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }
}

/**
 * Sends `stop` or `start` to a server's control port and resolves with its reply (`stopped`, or the
 * ready line once the database is back).
 */
export function controlNeo4j(port: number, command: 'stop' | 'start', timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no reply to ${command} in ${timeoutMs} ms`)),
    );
    socket.on('connect', () => socket.write(`${command}\n`));
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(reply.trim()));
  });
}

/** What the global setup writes into the local server's home once it printed its ready line or failed. */
export const STATUS_FILES = { ready: 'ready', failed: 'failed' } as const;

/** Waits until the run's local server is ready; rejects with its output when it failed to start. */
export async function waitForLocalServer(home: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(join(home, STATUS_FILES.ready))) return;
    const failed = await readFile(join(home, STATUS_FILES.failed), 'utf8').catch(() => undefined);
    if (failed !== undefined) throw new Error(`the run's Neo4j did not start: ${failed}`);
    if (Date.now() > deadline) throw new Error(`the run's Neo4j was not ready in ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until Bolt accepts these credentials. */
export async function waitForBolt(settings: Neo4jSettings, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: 2_000,
    });
    try {
      await driver.verifyConnectivity(settings.database ? { database: settings.database } : {});
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ServiceUnavailable' || Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 250));
    } finally {
      await driver.close();
    }
  }
}

/** Deletes every node and relationship (schema stays), so each store starts on an empty database. */
export async function clearDatabase(settings: Neo4jSettings): Promise<void> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const session = driver.session(settings.database ? { database: settings.database } : {});
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
