import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { PageQuery } from '@/components/feedback/page-query';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import { LinkTabs } from '@/components/layout/link-tabs';
import { paths, planPhases } from '@/config/paths';
import { useUpgradePlan } from '../../api/get-upgrade-plan';
import { usePlatformEnvironments } from '../../api/list-platform-environments';
import { PlanHeader } from './plan-header';
import type { PlanOutlet } from './plan-outlet';
import { activePhase, PLAN_PANEL_ID, phaseTabId } from './plan-tabs';
import { infrastructureOf, phaseLabels, phaseState } from './plan-words';

interface PlanScreenProps {
  planId: string;
  /** The active phase's content, given the loaded plan and its infrastructure. */
  children: (outlet: PlanOutlet) => ReactNode;
}

/** One upgrade plan: its title, how it publishes, and a tab per phase with where it stands. */
export function PlanScreen({ planId, children }: PlanScreenProps) {
  const query = useUpgradePlan(planId);
  const environments = usePlatformEnvironments();
  const phase = activePhase(useLocation().pathname, planId);
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.platform.home.href()}>Back to Platform</BackLink>
      <PageQuery
        query={query}
        title="Upgrade plan"
        failed="This upgrade plan could not be loaded"
        loading="Loading the upgrade plan…"
      >
        {(plan) => {
          const infrastructure = environments.data
            ? infrastructureOf(plan, environments.data.items)
            : undefined;
          if (!infrastructure) {
            if (environments.isPending) return <PageSkeleton label="Loading the environments…" />;
            return (
              <>
                <Typography variant="h1">Upgrade plan</Typography>
                <PanelError
                  error={environments.error}
                  title="The plan's environments could not be loaded"
                  detail={
                    environments.error ? undefined : 'Its infrastructure is no longer listed.'
                  }
                  onRetry={() => void environments.refetch()}
                  retrying={environments.isFetching}
                />
              </>
            );
          }
          return (
            <>
              <PlanHeader plan={plan} infrastructure={infrastructure} />
              <LinkTabs
                tabs={planPhases}
                active={phase}
                label="Upgrade phases"
                labelOf={(p) => (
                  <Stack component="span" sx={{ alignItems: 'center' }}>
                    <span>{phaseLabels[p]}</span>
                    <Typography component="span" variant="caption" sx={{ textTransform: 'none' }}>
                      {phaseState(plan, p)}
                    </Typography>
                  </Stack>
                )}
                idOf={phaseTabId}
                hrefOf={(p) => paths.platform.plan.href(planId, p)}
                panelId={PLAN_PANEL_ID}
              />
              <Box
                role="tabpanel"
                id={PLAN_PANEL_ID}
                aria-labelledby={phaseTabId(phase)}
                sx={{ minWidth: 0 }}
              >
                {children({ plan, infrastructure })}
              </Box>
            </>
          );
        }}
      </PageQuery>
    </Stack>
  );
}
