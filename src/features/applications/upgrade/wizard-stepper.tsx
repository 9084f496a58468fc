import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { upgradeSteps, type UpgradeStep } from '@/config/paths';

export const stepLabels: Record<UpgradeStep, string> = {
  version: 'Version',
  access: 'Access',
  connectors: 'Connectors',
  review: 'Review',
  progress: 'Progress',
};

/** Where the person is: the full stepper on wide screens, "Step 2 of 5" on narrow ones. */
export function WizardStepper({ step }: { step: UpgradeStep }) {
  const active = upgradeSteps.indexOf(step);
  return (
    <nav aria-label="Upgrade steps">
      <Stepper activeStep={active} sx={{ display: { xs: 'none', sm: 'flex' } }}>
        {upgradeSteps.map((s, i) => (
          <Step key={s} completed={i < active}>
            <StepLabel aria-current={i === active ? 'step' : undefined}>{stepLabels[s]}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="body2" sx={{ display: { xs: 'block', sm: 'none' } }}>
        {`Step ${String(active + 1)} of ${String(upgradeSteps.length)}: ${stepLabels[step]}`}
      </Typography>
    </nav>
  );
}
