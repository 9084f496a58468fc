import { DescriptionList, type Description } from '@/components/layout/description-list';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import { absoluteTime, relativeTime } from '@/lib/format';
import { UpgradeStatusLabel } from '../records/upgrade-status-label';

/** What is being rolled back: from → to, who started it and when, and where it stands now. */
export function RollbackFacts({ record }: { record: UpgradeRecordDetail }) {
  const items: Description[] = [
    { term: 'Upgrade', value: `${record.fromVersion} → ${record.toVersion}` },
    { term: 'Upgraded by', value: record.startedBy.name },
    {
      term: 'Upgraded',
      value: (
        <time dateTime={record.startedAt}>
          {`${absoluteTime(record.startedAt)} (${relativeTime(record.startedAt)})`}
        </time>
      ),
    },
    { term: 'Status', value: <UpgradeStatusLabel status={record.status} /> },
  ];
  if (record.comment) items.push({ term: 'Comment', value: record.comment });
  return <DescriptionList items={items} />;
}
