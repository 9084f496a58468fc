import { useSearchParams } from 'react-router';
import { useToast } from '@/components/feedback/toast-context';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import type { Staging } from '@/contract/platform';
import { useCloseRouteDialog } from '@/lib/route-dialog';
import type { PlanOutlet } from '../plan/plan-outlet';
import { StagingDialog } from './staging-dialog';

/** A preset from the URL, kept only when it names one of the choices. */
const known = (value: string | null, choices: readonly string[]) =>
  value !== null && choices.includes(value) ? value : undefined;

/** "Stage an application" at …/execution/stage[?application=&from=&to=], over the Execution tab. */
export function StagingRoute({ plan, infrastructure }: PlanOutlet) {
  const [search] = useSearchParams();
  const close = useCloseRouteDialog(paths.platform.plan.href(plan.id, 'execution'));
  const toast = useToast();
  const canAct = usePermission('platform:plan');
  // Read-only people get the Execution tab as it is: no form to stage with.
  if (!canAct) return null;
  const ids = infrastructure.environments.map((e) => e.id);
  const apps = infrastructure.environments.flatMap((e) => e.apps.map((a) => a.name));
  const nameOf = (id: string) => infrastructure.environments.find((e) => e.id === id)?.name ?? id;
  const staged = (s: Staging) => {
    const backport =
      s.backportTo.length > 0 ? ` Backport open to ${s.backportTo.map(nameOf).join(', ')}.` : '';
    toast.show({
      severity: 'success',
      message: `${s.application} staged from ${nameOf(s.fromEnvironmentId)} to ${nameOf(s.toEnvironmentId)}.${backport}`,
    });
    close();
  };
  return (
    <StagingDialog
      infrastructure={infrastructure}
      initial={{
        application: known(search.get('application'), apps),
        fromEnvironmentId: known(search.get('from'), ids),
        toEnvironmentId: known(search.get('to'), ids),
      }}
      onClose={close}
      onStaged={staged}
    />
  );
}
