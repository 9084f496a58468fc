import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The bench's reference page: the console's libraries doing the least a real app does. Built
 * with `vite build -c bench/floor/vite.config.ts`; the output goes to FLOOR_OUT_DIR (relative
 * to the working directory) or `--outDir`, else bench/.out/floor.
 */
const outDir = process.env.FLOOR_OUT_DIR
  ? resolve(process.env.FLOOR_OUT_DIR)
  : resolve(import.meta.dirname, '../.out/floor');

export default defineConfig({
  root: import.meta.dirname,
  mode: 'production',
  plugins: [react()],
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    // One bundle for the first screen is the point: no chunk-size advice.
    chunkSizeWarningLimit: 2000,
  },
});
