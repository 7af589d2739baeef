import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const serverTarget = process.env.DOSSIER_SERVER_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@dossier/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
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
