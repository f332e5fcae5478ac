import { defineConfig } from 'vite';
import { languageSlices } from './vite/languageSlices.js';
import { precompress } from './vite/precompress.js';
import { preloadFirstPage } from './vite/preloadFirstPage.js';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [languageSlices(), preloadFirstPage(['/src/render.tsx']), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent UI marks its modules 'use client' for React Server Components; irrelevant in a client-only tab.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `npm run dev --workspace web` proxies the API to a running local host, which answers only to its own
    // loopback Host (DNS-rebinding guard), hence changeOrigin.
    proxy: { '/api': { target: 'http://127.0.0.1:7071', changeOrigin: true } },
  },
});
