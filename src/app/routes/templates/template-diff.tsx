import { useParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { TemplateDiffScreen } from '@/features/templates/components/diff/template-diff-screen';

// The loader is the route's own, in ./template-diff-data.ts (see there why).

/** Version differences of a template: every view option in the URL, so a link reopens it. */
export function Component() {
  const { templateId = '' } = useParams();
  return <TemplateDiffScreen templateId={templateId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
