import type { ComponentType } from 'react';
import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { HistoryQueryOptions } from '@/components/history/history-query';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

interface HistoryPanelProps {
  applicationId: string;
  name: string;
}

/**
 * The route module of a detail page's History tab: the loader starts the history query, and the
 * panel gets the application the detail route hands down as outlet context. `param` names the
 * path parameter holding the resource's id.
 */
export function historyTab(
  historyOf: (applicationId: string) => HistoryQueryOptions,
  Panel: ComponentType<HistoryPanelProps>,
  param = 'applicationId',
) {
  async function loader({ params }: LoaderFunctionArgs) {
    // A failure is not thrown: the tab shows it with a Retry.
    await preload(queryClient.query(historyOf(params[param] ?? '')));
    return null;
  }

  function Component() {
    const app = useOutletContext<{ id: string; name: string }>();
    return <Panel applicationId={app.id} name={app.name} />;
  }

  return { loader, Component, ErrorBoundary: RouteErrorBoundary };
}
