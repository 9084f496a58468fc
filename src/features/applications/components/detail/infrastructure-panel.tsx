import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ApplicationDetail } from '@/contract/application-detail';
import { DescriptionList } from '@/components/layout/description-list';
import { SectionCard } from '@/components/layout/section-card';

export function InfrastructurePanel({ app }: { app: ApplicationDetail }) {
  const infra = app.infrastructure;
  return (
    <Stack spacing={2}>
      <Alert severity="info" variant="outlined">
        Read-only: an upgrade cannot change infrastructure.
      </Alert>
      <SectionCard title="Infrastructure">
        <DescriptionList
          items={[
            { term: 'Cluster', value: infra.cluster },
            { term: 'Namespace', value: infra.namespace },
            { term: 'Replicas', value: infra.replicas },
            { term: 'CPU', value: infra.cpu },
            { term: 'Memory', value: infra.memory },
            { term: 'Storage class', value: infra.storageClass },
            { term: 'Ingress host', value: infra.ingressHost },
          ]}
        />
      </SectionCard>
    </Stack>
  );
}
