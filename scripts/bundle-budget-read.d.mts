import type { Build } from './bundle-budget-core.mjs';

export const MANIFEST_FILE: string;
export const MODULES_FILE: string;
export function gzipBytes(content: string | Uint8Array): number;
export function htmlScripts(html: string, chunkFiles: Set<string>): string[];
export function readBuild(dir: string): Required<Build>;
