import Typography from '@mui/material/Typography';
import { SectionCard } from '@/components/layout/section-card';
import { ChecklistItem } from './checklist-item';
import type { ExecutionView } from './execution-view';

/** Step 2: Service Studio and Integration Studio for the developers publishing here. */
export function DevToolsStep({ view }: { view: ExecutionView }) {
  const developers = view.environment?.developers ?? 0;
  return (
    <SectionCard level="h3" named title="Step 2. Upgrade the development tools">
      <Typography variant="body2">
        {developers > 0
          ? `Download and install Service Studio and Integration Studio ${view.plan.to} in the workstations of the ${String(developers)} developers publishing applications in ${view.env.name}.`
          : `No developer publishes applications in ${view.env.name}: nothing to install.`}
      </Typography>
      <ChecklistItem view={view} itemId="dev-tools" />
    </SectionCard>
  );
}
