import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportCaughtError } from '@/app/caught-errors';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { loadRouteModulesFor } from '@/app/routes/lazy-route';
import { holdRequestsUntil } from '@/lib/api-client';
import type { StandaloneControls } from '@/lib/standalone';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container, { onCaughtError: reportCaughtError });

function render(standalone: StandaloneControls | null) {
  root.render(
    <StrictMode>
      <AppProvider standalone={standalone}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
}

// Keep this literal comparison: Vite inlines the value, so a build without mocking drops the
// branch and the simulator never reaches the production bundle.
if (import.meta.env.VITE_API_MOCKING === 'true') {
  // The shell paints while the simulator loads; requests wait for it (holdRequestsUntil).
  const simulator = import('../mocks/browser').then(({ startSimulator }) => startSimulator());
  holdRequestsUntil(simulator);
  void simulator.then(render, (error: unknown) =>
    console.error('The simulator did not start', error),
  );
}
loadRouteModulesFor(window.location.pathname);
render(null);
