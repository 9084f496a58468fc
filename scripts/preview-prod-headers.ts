import { randomBytes } from 'node:crypto';

/**
 * What `html.cspNonce` (vite.config.ts) writes into index.html wherever a nonce goes; a server
 * replaces it with a fresh value on every response (see `withNonce`).
 */
export const CSP_NONCE_PLACEHOLDER = 'UPSHIFT_CSP_NONCE';

/** 128 random bits, base64: unguessable, so an injected `<style>` cannot carry it. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** index.html with this response's nonce in place of the placeholder. */
export function withNonce(html: string, nonce: string): string {
  return html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
}

/**
 * The console's Content-Security-Policy. Scripts only from this origin (the built chunks: no
 * inline script, no eval). Styles from this origin, or `<style>` elements carrying this
 * response's nonce: emotion (MUI) and CodeMirror insert theirs with it; rules emotion adds
 * through `insertRule` and styles React sets through `element.style` are CSSOM, which CSP does not
 * govern. `data:` images: CodeMirror's lint markers are inline SVG in its stylesheet.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent with every response, the console's files and the proxied API alike. */
export const everyResponseHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Full URL to this site (the sign-in page returns to the page you came from), nothing to others.
  'Referrer-Policy': 'same-origin',
  // frame-ancestors' older equivalent, for browsers without CSP level 2.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The console's page (index.html, for every route): its policy, and never a stale copy. */
export function htmlHeaders(nonce: string): Record<string, string> {
  return {
    ...everyResponseHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'Cache-Control': 'no-cache',
  };
}

/** An API answer that brings no policy of its own gets one that lets it do nothing as a page. */
export const apiFallbackHeaders: Readonly<Record<string, string>> = {
  ...everyResponseHeaders,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
