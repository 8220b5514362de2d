import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/** Smaller files are sent as they are, as the server's own compression does (hono/compress). */
const COMPRESS_MIN_BYTES = 1024;

/**
 * Writes a Brotli and a gzip copy beside every built text file, which the server sends as they are
 * (web/server/static.ts) instead of compressing each request again.
 */
function precompress(): Plugin {
  return {
    name: 'policy-graph:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? resolve(here, 'dist/app');
      const files = Object.keys(bundle).filter((file) => /\.(js|css|html|svg|json)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const data = await readFile(path);
          if (data.length < COMPRESS_MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            }),
            promisify(gzip)(data, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: resolve(here, 'web/app'),
  plugins: [react(), precompress()],
  build: {
    outDir: resolve(here, 'dist/app'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Libraries in their own files: cached across app releases and fetched in parallel.
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(cytoscape-dagre|dagre|@dagrejs|graphlib)\//.test(id)) return 'layout-dagre';
          if (/node_modules\/(cytoscape-fcose|cose-base|layout-base)\//.test(id)) return 'layout-fcose';
          if (id.includes('node_modules/cytoscape/')) return 'cytoscape';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('node_modules/zod/')) return 'zod';
          return 'vendor';
        },
      },
    },
  },
  // The layout worker (web/app/graph/layout.worker.ts) is a module worker.
  worker: { format: 'es' },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8080}` },
  },
});
