import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { paths } from '@/config/paths';
import { ReadinessCheckDialog } from '@/features/applications/components/readiness-check-dialog';

const OPERATION = 'operation';

/** A dialog over the list, at its own URL: Back closes it and a reload reopens the same check. */
export function Component() {
  const { applicationId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const operationId = search.get(OPERATION) ?? undefined;

  const listSearch = () => {
    const rest = new URLSearchParams(search);
    rest.delete(OPERATION);
    const text = rest.toString();
    return text ? `?${text}` : '';
  };

  return (
    <ReadinessCheckDialog
      applicationId={applicationId}
      operationId={operationId}
      onStarted={(id) => {
        const next = new URLSearchParams(search);
        next.set(OPERATION, id);
        void navigate({ search: `?${next.toString()}` }, { replace: true });
      }}
      onClose={() => void navigate(paths.applications.list.href(listSearch()))}
    />
  );
}

export const ErrorBoundary = RouteErrorBoundary;
