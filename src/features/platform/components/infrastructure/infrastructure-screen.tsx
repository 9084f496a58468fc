import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState } from '@/components/feedback/empty-state';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { usePlatformEnvironments } from '../../api/list-platform-environments';
import { useUpgradePlans } from '../../api/list-upgrade-plans';
import { InfrastructureSection } from './infrastructure-section';

/** /platform: every infrastructure with LifeTime, its environments and its upgrade plan. */
export function InfrastructureScreen() {
  const environments = usePlatformEnvironments();
  const plans = useUpgradePlans();
  let body;
  if (environments.data) {
    const { items } = environments.data;
    body =
      items.length === 0 ? (
        <EmptyState
          title="No infrastructure yet"
          detail="Once an infrastructure's LifeTime and environments are registered, they show here."
        />
      ) : (
        items.map((infra) => (
          <InfrastructureSection key={infra.id} infrastructure={infra} plans={plans.data?.items} />
        ))
      );
  } else if (environments.isError) {
    body = (
      <PanelError
        error={environments.error}
        title="The environments could not be loaded"
        onRetry={() => void environments.refetch()}
        retrying={environments.isFetching}
      />
    );
  } else {
    body = <PageSkeleton label="Loading the environments…" />;
  }
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h1">Platform</Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5, maxWidth: '70ch' }}>
          Each infrastructure&apos;s LifeTime and environments, in the order applications are
          staged. Applications cannot be staged between environments on different versions.
        </Typography>
      </div>
      {plans.isError && environments.data ? (
        <PanelError
          error={plans.error}
          title="The upgrade plans could not be loaded"
          onRetry={() => void plans.refetch()}
          retrying={plans.isFetching}
        />
      ) : null}
      {body}
    </Stack>
  );
}
