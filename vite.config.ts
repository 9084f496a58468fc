/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { FIRST_SCREEN_ROUTE } from './scripts/bundle-budget-core.mjs';
import { bundleModules } from './scripts/bundle-modules-plugin.js';
import { compileHints } from './scripts/compile-hints-plugin';
import { FIRST_SCREEN_CHUNK, firstScreenChunks } from './scripts/first-screen-chunks';
import { firstScreenStyles } from './scripts/first-screen-styles-plugin';
import { simulatorWorker } from './scripts/simulator-worker-plugin';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_API_MOCKING === 'true';
  return {
    plugins: [
      react(),
      simulatorWorker(mocking),
      bundleModules(),
      compileHints({
        chunkNames: [FIRST_SCREEN_CHUNK],
        modules: [resolve(import.meta.dirname, FIRST_SCREEN_ROUTE)],
        pages: (id) => /[\\/]src[\\/]app[\\/]routes[\\/].+\.tsx$/.test(id),
      }),
      firstScreenStyles(),
    ],
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
        '@mocks': resolve(import.meta.dirname, 'mocks'),
      },
    },
    // index.html's scripts, styles and a csp-nonce meta carry this placeholder; the server puts a
    // fresh nonce in its place per response (CSP_NONCE_PLACEHOLDER, scripts/preview-prod-headers.ts),
    // and the app reads it back for the <style> elements emotion and CodeMirror add
    // (src/lib/csp-nonce.ts).
    html: { cspNonce: 'UPSHIFT_CSP_NONCE' },
    server: { port: 5173 },
    // Scan the lazy route modules too, so the first visit to a route does not re-optimise
    // dependencies and reload the page.
    optimizeDeps: { entries: ['index.html', 'src/app/routes/**/*.tsx', '!**/*.test.tsx'] },
    preview: { port: 4173 },
    // Source maps carry the whole source: only when asked (UPSHIFT_SOURCEMAP=true).
    build: {
      sourcemap: process.env.UPSHIFT_SOURCEMAP === 'true',
      // .vite/manifest.json and .vite/modules.json (what each chunk holds) feed the bundle budget,
      // scripts/bundle-budget.mjs; they are build records, not files to deploy.
      manifest: true,
      // The first screen in a handful of files rather than ~70 (scripts/first-screen-chunks.ts).
      // The standalone build is chunked as production is: its simulator runs in a service
      // worker of its own (ADR 0021), so its pages load what production's do, and the bench's
      // standalone figure measures the same first screen.
      chunkSizeWarningLimit: 800,
      rolldownOptions: {
        output: { codeSplitting: { groups: firstScreenChunks(import.meta.dirname) } },
      },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
        'scripts/**/*.test.ts',
        'bench/**/*.test.ts',
      ],
      css: false,
      // The machine's zone must not change what a test sees (src/testing/clock.ts).
      env: { TZ: 'UTC' },
      testTimeout: 15000,
      // Files share one module graph per worker: ~2.5x faster. setup.ts resets what is shared
      // (the simulator, the route loaders' query client) before and after every test.
      isolate: false,
      // Vitest keeps one core for itself by default: on a two-core machine that is one worker.
      // The tests wait on little, so both cores run test files.
      maxWorkers: 2,
    },
  };
});
