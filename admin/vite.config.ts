import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const serverTarget = process.env.DOSSIER_SERVER_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    // .gz and .br siblings of every asset, served as they are by the server (server/src/app.ts).
    compression({ algorithms: ['gzip', 'brotliCompress'], threshold: 1024 }),
  ],
  resolve: {
    alias: {
      '@dossier/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/bundle-report.mjs (per-route sizes, login budget).
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // The console, and the GraphQL explorer the server serves at GET /graphql (docs/api.md).
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: serverTarget, changeOrigin: true },
      '/healthz': { target: serverTarget, changeOrigin: true },
    },
  },
});
