import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { DescriptionList } from '@/components/layout/description-list';
import { PermissionDenied } from '@/components/layout/require-permission';
import { absoluteTime } from '@/lib/format';
import { currentStep } from '../../runbook';
import type { RunbookView } from './runbook-view';
import { RESET_CONFIGURATION_DOCS, stepLabels } from './step-text';

const modeText = {
  'run-here': "Run here: the server's agent runs each command",
  manual: 'You run the commands: copy each, run it on the server, mark it done',
} as const;

function statusText({ upgrade }: RunbookView): string {
  const at = currentStep(upgrade.steps);
  switch (upgrade.status) {
    case 'completed':
      return 'Completed';
    case 'failed':
      return `Failed at ${stepLabels[upgrade.failure?.step ?? at?.id ?? 'download']}`;
    case 'scheduled':
      return 'Scheduled';
    default:
      return at
        ? `${upgrade.status === 'applying' ? 'Applying' : 'Preparing'}: at ${stepLabels[at.id]}`
        : 'Finishing';
  }
}

/** Who started what, how it is walked, where it is; the seed's word on data. */
export function RunbookSummary({ view }: { view: RunbookView }) {
  const { upgrade, canAct } = view;
  return (
    <Stack spacing={2}>
      <DescriptionList
        items={[
          {
            term: 'Version',
            value: `${upgrade.from ?? 'never pulled'} → ${upgrade.to}${upgrade.downgrade ? ' (a downgrade)' : ''}`,
          },
          { term: 'How', value: modeText[upgrade.mode] },
          { term: 'Status', value: statusText(view) },
          {
            term: 'Started',
            value: (
              <>
                {`${absoluteTime(upgrade.startedAt)} by `}
                <bdi>{upgrade.startedBy.name}</bdi>
              </>
            ),
          },
        ]}
      />
      <Alert severity="info">
        These steps keep your data: the upgrade keeps data and schema compatible with the new
        version through incremental migrations, all handled automatically. To reset your data
        instead, follow{' '}
        <Link href={RESET_CONFIGURATION_DOCS}>reset configuration in the installation docs</Link>.
      </Alert>
      {!canAct && (
        <PermissionDenied>
          <Alert severity="info">
            Read only: running the upgrade needs the Administrator or Operator role.
          </Alert>
        </PermissionDenied>
      )}
    </Stack>
  );
}
