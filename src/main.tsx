import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { holdRequestsUntil } from '@/lib/api-client';
import { currentUserQueryOptions } from '@/features/identity/api/get-current-user';
import { queryClient } from '@/lib/query-client';
import type { StandaloneControls } from '@/lib/standalone';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

/** How long the first render may wait for the current person (see below). */
const FIRST_RENDER_WAIT_MS = 40;

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
} else {
  // Who is signed in: index.html has asked already, so the answer is usually in. Waiting a
  // moment for it lets the shell render once, with the account and the Inbox, instead of twice.
  const signedIn = queryClient.query(currentUserQueryOptions()).catch(() => undefined);
  await Promise.race([signedIn, new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT_MS))]);
}
render(null);
