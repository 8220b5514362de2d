// Compiles the CLI and the HTTP server to JavaScript (`npm run build`), so `bin/kg.js` starts without
// TypeScript tooling: `node scripts/build-node.js [--outdir DIR]` (default dist/node).
// Dependencies stay external (they are the production install); dynamic imports become lazily loaded chunks,
// so `kg stats` never loads the Neo4j driver.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(root, values.outdir ?? 'dist/node');

/**
 * Files find their data next to themselves (`new URL('./data/', import.meta.url)`); in the bundle
 * `import.meta.url` is the bundle's, so each source file gets its own URL back, relative to the output.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const contents = await readFile(path, 'utf8');
      const fromOutput = relative(outdir, path).split(sep).join('/');
      const url = `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`;
      return {
        contents: contents.replaceAll('import.meta.url', url),
        loader: 'ts',
        resolveDir: dirname(path),
      };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { kg: 'cli/kg.ts', 'import-worker': 'web/server/import-worker.ts' },
  define: { __KG_COMPILED__: 'true' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Every output file sits in outdir itself: the source URLs above are relative to it.
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [sourceUrls],
});
