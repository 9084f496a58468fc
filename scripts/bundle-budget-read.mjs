// Reads a Vite build for the bundle budget: its manifest, the modules of each chunk (written by
// scripts/bundle-modules-plugin.ts) and the gzip size of every JS file either of them names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MANIFEST_FILE = '.vite/manifest.json';
/** Written by scripts/bundle-modules-plugin.ts (its MODULES_FILE). */
export const MODULES_FILE = '.vite/modules.json';

/** Level 9: the smallest zlib makes, close to what a server that pre-compresses sends. */
export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/**
 * Same-origin scripts index.html loads itself (`<script src="/x.js">`) that are not chunks of the
 * manifest, e.g. a file copied from public/: they are part of the first screen too.
 */
export function htmlScripts(html, chunkFiles) {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  return sources
    .filter((src) => src.startsWith('/') && !src.startsWith('//'))
    .map((src) => src.slice(1).split(/[?#]/)[0])
    .filter((file) => !chunkFiles.has(file));
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The build in `dir` as evaluateBudget wants it, or throws a message that says what to do when
 * there is no build or it has no manifest.
 */
export function readBuild(dir) {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new Error(
      `no ${MANIFEST_FILE} in ${dir}/: build it first (npm run build:app; vite.config.ts sets build.manifest).`,
    );
  }
  const manifest = readJson(manifestPath);
  const modulesPath = join(dir, MODULES_FILE);
  const modules = existsSync(modulesPath) ? readJson(modulesPath) : {};
  const chunkFiles = new Set(Object.values(manifest).map((chunk) => chunk.file));
  const indexPath = join(dir, 'index.html');
  const scripts = existsSync(indexPath)
    ? htmlScripts(readFileSync(indexPath, 'utf8'), chunkFiles).filter((file) =>
        existsSync(join(dir, file)),
      )
    : [];
  const sizes = {};
  for (const file of [...chunkFiles, ...scripts]) {
    if (/\.m?js$/.test(file)) sizes[file] = gzipBytes(readFileSync(join(dir, file)));
  }
  return { manifest, gzipBytes: sizes, modules, htmlScripts: scripts };
}
