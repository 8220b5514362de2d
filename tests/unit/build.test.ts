import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDocument } from '../../graph/model';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'dist/node');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const SAMPLE = 'samples/000_dd9d7d845ba8a621.txt';

/** Module specifiers of static imports, side-effect imports and dynamic imports with a literal. */
function importsOf(code: string): string[] {
  // Statements start a line (esbuild's output); a string such as `"import"` in data is no import.
  const pattern =
    /^\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
  return [...code.matchAll(pattern)].map((m) => (m[1] ?? m[2])!);
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/**
 * A production install: the built CLI, its data files, and a node_modules holding only the runtime
 * dependencies. Nothing above the temporary directory has a node_modules, so tsx or vite cannot be found.
 */
function productionCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-prod-'));
  for (const path of ['package.json', 'bin/kg.js', 'dist/node', 'samples', 'importer/lexicon/data']) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

function withoutSourceMode(): NodeJS.ProcessEnv {
  const { KG_FROM_SOURCE: _, ...env } = process.env;
  return { ...env, STORE: 'memory' };
}

let prod: string;
let server: ChildProcess | undefined;
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-node.js')], { cwd: ROOT });
  prod = productionCopy();
});
afterAll(() => {
  server?.kill('SIGKILL');
});

describe('the built CLI', () => {
  it('imports only Node built-ins, its own files and runtime dependencies', () => {
    const specifiers = readdirSync(OUT)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => importsOf(readFileSync(join(OUT, f), 'utf8')));
    const packages = new Set(specifiers.filter((s) => !s.startsWith('.') && !isBuiltin(s)).map(packageOf));
    expect([...packages].sort()).toEqual(
      expect.arrayContaining(['@hono/node-server', 'graphology', 'hono', 'neo4j-driver', 'zod']),
    );
    for (const name of packages) expect(pkg.dependencies, `import of ${name}`).toHaveProperty([name]);
    for (const tool of ['vite', 'tsx', 'typescript', 'esbuild', '@vitejs/plugin-react'])
      expect(pkg.devDependencies).toHaveProperty([tool]);
  });

  it('imports a report from an install without dev dependencies', () => {
    const out = join(prod, 'graph.json');
    execFileSync(process.execPath, ['bin/kg.js', 'import', SAMPLE, '--out', out], {
      cwd: prod,
      env: withoutSourceMode(),
      stdio: 'pipe',
    });
    const graph = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.nodes.some((n) => n.id === 'policy:us-ira')).toBe(true);
  });

  it('serves the sample report from an install without dev dependencies', async () => {
    const child = spawn(process.execPath, ['bin/kg.js', 'serve', '--port', '0'], {
      cwd: prod,
      env: { ...withoutSourceMode(), DATA_DIR: join(prod, 'data'), HOST: '127.0.0.1', PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('close', (code) => reject(new Error(`kg serve exited with ${code}:\n${output}`)));
    });
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', store: 'memory', documents: 1 });
    const exit = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
