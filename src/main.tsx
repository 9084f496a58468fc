import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportCaughtError } from '@/app/caught-errors';
import { whenFirstPageSettles } from '@/app/first-page-at-once';
import { AppProvider } from '@/app/provider';
import { AppRouter, getRouter } from '@/app/router';
import { routeModulesFor } from '@/app/routes/lazy-route';
import { afterNextPaint } from '@/lib/after-content';
import { LOADER_WAIT_MS } from '@/lib/preload';
import type { StandaloneControls } from '@/lib/standalone';
import { getTheme } from '@/theme';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container, { onCaughtError: reportCaughtError });

let standalone: StandaloneControls | null = null;

function render() {
  root.render(
    <StrictMode>
      <AppProvider standalone={standalone}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
}

/** Settles once the simulator runs (or failed to start); at once without one. */
let simulatorStarted: Promise<void> = Promise.resolve();

// Keep this literal comparison: Vite inlines the value, so a build without mocking drops the
// branch and the simulator never reaches the production bundle.
if (import.meta.env.VITE_API_MOCKING === 'true') {
  // The page's first script holds API requests until the simulator's worker serves the page;
  // the app's controls for it come from here.
  simulatorStarted = import('../mocks/browser')
    .then(({ startSimulator }) => startSimulator())
    .then(
      (controls) => {
        standalone = controls;
      },
      (error: unknown) => console.error('The simulator did not start', error),
    );
}
const firstRouteModules = routeModulesFor(window.location.pathname);
// The boot shell (index.html) is painted before the first page's data is asked for. The app then
// replaces it with the first page, or with its own shell and the page's skeleton if the page
// takes longer than its loaders may wait. The simulator runs in its service worker, started by
// the page's first script: the router starts meanwhile, its requests held until the worker has
// taken this page's boot, and the app renders once both are done.
afterNextPaint(() => {
  const router = getRouter();
  // The theme is made in a task after the one that asked for the first page's data, while the
  // answers are on their way, rather than before the requests (or after them, in the render).
  // A page whose loader is in the route modules' chunk asks once that chunk has run.
  void firstRouteModules.then(() => setTimeout(getTheme, 0));
  void Promise.all([whenFirstPageSettles(router, LOADER_WAIT_MS), simulatorStarted]).then(render);
});
