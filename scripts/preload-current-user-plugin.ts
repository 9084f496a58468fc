import type { Plugin } from 'vite';

/** The current person's endpoint (the contract's `getCurrentUser`), under the API's base URL. */
export const CURRENT_USER_PATH = '/identity/me';

/** The `<link>` that asks for the current person while the page's scripts still download. */
export function currentUserPreload(apiBaseUrl: string): string {
  const href = `${apiBaseUrl.replace(/\/$/, '')}${CURRENT_USER_PATH}`;
  // `anonymous` is what matches the app's own fetch (mode cors, credentials same-origin), so
  // that fetch takes this response instead of asking again.
  return `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;
}

/**
 * Every page of the console asks who is signed in before it renders its shell; a production
 * build's index.html starts that request itself, beside the scripts. Not with the simulator: its
 * service worker does not control the page yet when index.html is read.
 */
export function preloadCurrentUser(options: { enabled: boolean; apiBaseUrl: string }): Plugin {
  return {
    name: 'upshift:preload-current-user',
    apply: 'build',
    transformIndexHtml(html) {
      if (!options.enabled) return html;
      return html.replace('</title>', `</title>\n    ${currentUserPreload(options.apiBaseUrl)}`);
    },
  };
}
