/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the SPA on :5173 and sends the API and the sign-in form to a running backend
// (DANVAN_BACKEND, default http://localhost:8080), so the session cookie stays same-origin.
const backend = process.env.DANVAN_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      // '/api/' and not '/api': the SPA's own page /api-tokens must stay with Vite
      '/api/': { target: backend, changeOrigin: false },
      '/j_security_check': { target: backend, changeOrigin: false },
      '/q/': { target: backend, changeOrigin: false },
    },
  },
  build: {
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 30_000,
  },
});
