import type { Manifest } from 'vite';
import type { ChunkModule, ChunkModules } from './bundle-modules-plugin.js';

export const KB: number;
export const FIRST_SCREEN_ROUTE: string;

export interface Build {
  manifest: Manifest;
  /** JS file (as in the manifest's `file`) → gzip bytes. */
  gzipBytes: Record<string, number>;
  modules?: ChunkModules;
  /** Files index.html loads itself that are not chunks of the manifest. */
  htmlScripts?: string[];
}

export interface Limits {
  firstScreenKb: number;
  routeKb: number;
  routeSrc?: string;
  /** How many of the biggest modules a failure names (15). */
  moduleCount?: number;
}

export interface SizedFile {
  file: string;
  bytes: number;
}

export interface Failure {
  budget: string;
  bytes: number;
  limitBytes: number;
  files: string[];
  modules: (ChunkModule & { file: string })[];
}

export interface BudgetResult {
  firstScreen: { bytes: number; limitBytes: number; chunks: SizedFile[] };
  routes: (SizedFile & { src?: string })[];
  routeLimitBytes: number;
  failures: Failure[];
}

export function firstScreenFiles(manifest: Manifest, routeSrc?: string): string[];
export function dynamicChunks(manifest: Manifest): { file: string; src?: string }[];
export function evaluateBudget(build: Build, limits: Limits): BudgetResult;
