import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: resolve(here, 'web/app'),
  plugins: [react()],
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
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 8080}` },
  },
});
