import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { DescriptionList } from '@/components/layout/description-list';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { absoluteTime } from '@/lib/format';
import { stepTitles } from '../../runbook';
import { configurationLabels, fromTo, modeLabels } from './record-words';
import { UpgradeStatusLabel } from './upgrade-status-label';

function dnsText(upgrade: ServerUpgrade): string {
  if (upgrade.newSubdomains.length === 0) return 'No new subdomain';
  if (upgrade.dnsConfirmed.length === 0) return 'Not confirmed yet';
  return `Added to DNS: ${upgrade.dnsConfirmed.join(', ')}`;
}

function runnersText(upgrade: ServerUpgrade): string {
  if (upgrade.minRunnerVersion === null) return 'No minimum runner version on this way';
  if (upgrade.runnersBelowMinimum.length === 0)
    return `Every runner meets ${upgrade.minRunnerVersion}`;
  const names = upgrade.runnersBelowMinimum.map((r) => `${r.name} (${r.version})`).join(', ');
  return `Below ${upgrade.minRunnerVersion}: ${names}`;
}

/** Who, when, from → to, how it was run and how it ended. */
export function RecordSummary({ upgrade }: { upgrade: ServerUpgrade }) {
  const direction = upgrade.downgrade
    ? `${fromTo(upgrade)}: a downgrade, to older images`
    : fromTo(upgrade);
  return (
    <SectionCard title="Summary">
      <DescriptionList
        items={[
          { term: 'Status', value: <UpgradeStatusLabel status={upgrade.status} /> },
          { term: 'From → to', value: direction },
          { term: 'Mode', value: modeLabels[upgrade.mode] },
          { term: 'Started by', value: upgrade.startedBy.name },
          { term: 'Started', value: absoluteTime(upgrade.startedAt) },
          {
            term: 'Finished',
            value: upgrade.finishedAt ? absoluteTime(upgrade.finishedAt) : 'Not yet',
          },
          {
            term: 'Scheduled',
            value: upgrade.scheduledAt ? absoluteTime(upgrade.scheduledAt) : 'Not scheduled',
          },
          { term: 'Configuration', value: configurationLabels[upgrade.configuration] },
          { term: 'DNS', value: dnsText(upgrade) },
          { term: 'Runners still below the minimum', value: runnersText(upgrade) },
        ]}
      />
      {upgrade.failure ? (
        <Alert severity="error">
          <AlertTitle>
            {stepTitles[upgrade.failure.step]}: {upgrade.failure.title}
          </AlertTitle>
          {upgrade.failure.detail}
        </Alert>
      ) : null}
    </SectionCard>
  );
}
