import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { ConflictNotice } from './conflict-notice';
import { EnvironmentSettings } from './environment-settings';
import { OrderSection } from './order-section';
import { applyChoices } from './planning-choices';
import { ProductionChecklistView } from './production-checklist-view';
import { SaveBar } from './save-bar';
import { TotalsSection } from './totals-section';
import { useFieldRefs } from './use-field-refs';
import { usePlanning } from './use-planning';
import { WarningsSection } from './warnings-section';
import { PhaseSection } from '../plan/phase-section';

/** Planning: the order, each environment's strategy and schedule, warnings, totals, checklist. */
export function PlanningPanel({
  plan,
  infrastructure,
}: {
  plan: UpgradePlan;
  infrastructure: Infrastructure;
}) {
  const planning = usePlanning(plan, infrastructure);
  const fields = useFieldRefs();
  const allowed = usePermission('platform:plan');
  const editable = allowed && plan.status === 'open';
  const applied = applyChoices(plan, planning.choices);
  const save = () => {
    if (planning.firstProblem) fields.focus(planning.firstProblem);
    else void planning.save();
  };

  return (
    <Stack spacing={3} sx={{ pt: 2, minWidth: 0 }}>
      {allowed ? null : (
        <PermissionDenied>
          <Alert severity="info">
            Changing the plan needs the Administrator or Operator role: you see it as it is saved.
          </Alert>
        </PermissionDenied>
      )}
      {planning.conflict ? (
        <ConflictNotice
          conflict={planning.conflict}
          onKeepMine={() => void planning.keepMine()}
          onTakeTheirs={planning.takeTheirs}
          saving={planning.saving}
        />
      ) : null}
      <PhaseSection
        title="Order"
        intro="Follow the applications' staging lifecycle, e.g. Development > Testing > Pre-Production > Production. You may start with another non-production environment, but never with Production: always upgrade and test your applications in a non-production environment first."
      >
        <OrderSection plan={plan} planning={planning} editable={editable} fields={fields} />
      </PhaseSection>
      <PhaseSection
        title="Strategy and schedule"
        intro="Downtime is the safest and advised unless the business needs zero-downtime, which needs several front-ends in every zone. Say when, with the time zone; allow at least a day between environments for testing."
      >
        {applied.environments.map((env) => (
          <EnvironmentSettings
            key={env.environmentId}
            env={env}
            infrastructure={infrastructure}
            planning={planning}
            editable={editable}
            fields={fields}
          />
        ))}
      </PhaseSection>
      <PhaseSection title="Warnings">
        <WarningsSection plan={plan} applied={applied} infrastructure={infrastructure} />
      </PhaseSection>
      <PhaseSection title="Totals">
        <TotalsSection applied={applied} />
      </PhaseSection>
      <PhaseSection
        title="Pre-production checklist for Production"
        intro="Everything to execute in Production, following the chosen approach: rehearse it in Pre-Production first."
      >
        <ProductionChecklistView applied={applied} infrastructure={infrastructure} />
      </PhaseSection>
      {editable ? <SaveBar planning={planning} onSave={save} /> : null}
    </Stack>
  );
}
