import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { templatesQueryOptions } from '@/features/templates/api/list-templates';
import { templatesCodec } from '@/features/templates/components/templates/templates-params';
import { TemplatesScreen } from '@/features/templates/components/templates/templates-screen';
import { listRoute } from '@/lib/list-route';

export const { loader, shouldRevalidate } = listRoute({
  ...templatesCodec,
  query: templatesQueryOptions,
});

export function Component() {
  return <TemplatesScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
