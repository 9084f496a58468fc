import Stack from '@mui/material/Stack';
import type { ApplicationDetail } from '@/contract/application-detail';
import { absoluteTime, relativeTime } from '@/lib/format';
import { statusLabels } from '../labels';
import { DescriptionList } from '@/components/layout/description-list';
import { deployedViaChipLabel } from './detail-text';
import { ReleasesList } from './releases-list';
import { SectionCard } from '@/components/layout/section-card';

export function OverviewPanel({ app }: { app: ApplicationDetail }) {
  return (
    <Stack spacing={2}>
      <SectionCard title="Summary">
        <DescriptionList
          items={[
            { term: 'Name', value: app.name },
            { term: 'Project', value: app.project.name },
            { term: 'Project version', value: app.projectVersion },
            { term: 'Application version', value: app.applicationVersion },
            { term: 'Status', value: statusLabels[app.status] },
            { term: 'Deployed via', value: deployedViaChipLabel(app.deployedVia) },
            {
              term: 'Updated',
              value: (
                <time dateTime={app.updatedAt} title={absoluteTime(app.updatedAt)}>
                  {relativeTime(app.updatedAt)} ({absoluteTime(app.updatedAt)})
                </time>
              ),
            },
          ]}
        />
      </SectionCard>
      <ReleasesList app={app} />
    </Stack>
  );
}
