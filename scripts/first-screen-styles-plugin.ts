import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { EMOTION_KEY } from '../src/theme/emotion-key';

/** The rules the first screen's first render inserts, written by its production e2e spec. */
export const FIRST_SCREEN_STYLES = 'src/theme/first-screen-styles.css';

const CSP_NONCE_PLACEHOLDER = 'UPSHIFT_CSP_NONCE';

/** The rules of the file: one per line, after its header comment. */
export function rulesOf(file: string): string[] {
  return file
    .replace(/^\s*\/\*[\s\S]*?\*\//, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The names emotion registers for the rules, in order, each once: `<name>` for the class of a
 * rule (`.css-<name>`, also inside @media and @container), `animation-<name>` for keyframes.
 */
export function namesOf(rules: readonly string[]): string[] {
  const pattern = new RegExp(
    `\\.${EMOTION_KEY}-([a-z0-9]+)(?![\\w-])|@keyframes animation-([a-z0-9]+)`,
    'g',
  );
  const names = new Set<string>();
  for (const rule of rules) {
    for (const [, name, animation] of rule.matchAll(pattern)) {
      names.add(name ?? `animation-${animation ?? ''}`);
    }
  }
  return [...names];
}

/**
 * The `<style>` emotion adopts when its cache is created, as it does a server-rendered page's:
 * the names in `data-emotion` count as inserted, so the first render neither compiles nor inserts
 * those rules again.
 */
export function firstScreenStyleTag(rules: readonly string[]): HtmlTagDescriptor | null {
  const names = namesOf(rules);
  if (names.length === 0) return null;
  return {
    tag: 'style',
    attrs: { 'data-emotion': `${EMOTION_KEY} ${names.join(' ')}`, nonce: CSP_NONCE_PLACEHOLDER },
    children: rules.join(''),
    injectTo: 'head',
  };
}

/**
 * Builds only: the first screen's styles come with the page. Its first render spent ~25 ms of
 * main thread (4x CPU) compiling and inserting ~300 rules; the page now carries them, ~5 KB gzip.
 * A stale file costs only that time again: emotion inserts what the page did not bring (the
 * production e2e spec fails then, and writes the file again with --update-snapshots).
 */
export function firstScreenStyles(): Plugin {
  let root = process.cwd();
  return {
    name: 'upshift:first-screen-styles',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml() {
      const file = resolve(root, FIRST_SCREEN_STYLES);
      if (!existsSync(file)) return [];
      const tag = firstScreenStyleTag(rulesOf(await readFile(file, 'utf8')));
      return tag ? [tag] : [];
    },
  };
}
