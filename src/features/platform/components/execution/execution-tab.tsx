import { Outlet } from 'react-router';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import type { PlanOutlet } from '../plan/plan-outlet';
import { StagingSection } from '../staging/staging-section';
import { ExecutionOverview } from './execution-overview';

/** The Execution tab: every environment in plan order; "Stage an application" is a child URL. */
export function ExecutionTab(outlet: PlanOutlet) {
  const canAct = usePermission('platform:plan');
  const { plan, infrastructure } = outlet;
  return (
    <>
      <ExecutionOverview
        plan={plan}
        staging={
          <StagingSection
            infrastructure={infrastructure}
            stageHref={canAct ? paths.platform.stage.href(plan.id) : undefined}
          />
        }
      />
      <Outlet context={outlet} />
    </>
  );
}
