import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import type { StandaloneControls } from '@/lib/standalone';

async function start() {
  let standalone: StandaloneControls | null = null;
  // Keep this literal comparison: Vite inlines the value, so a build without mocking drops the
  // branch and the simulator never reaches the production bundle.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { startSimulator } = await import('../mocks/browser');
    standalone = await startSimulator();
  }

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProvider standalone={standalone}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
