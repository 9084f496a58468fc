import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ApplicationDetail } from '@/contract/application-detail';
import { ImageLine } from './image-line';
import { SectionCard } from '@/components/layout/section-card';
import { VariablesTable } from './variables-table';

export function ServicesPanel({ app }: { app: ApplicationDetail }) {
  return (
    <Stack spacing={2}>
      <Alert severity="info" variant="outlined">
        Not changed by an upgrade: only connectors can get a new image or variables.
      </Alert>
      {app.services.map((service) => (
        <SectionCard key={service.name} title={service.name}>
          <ImageLine image={service.image} />
          <VariablesTable
            owner={{ applicationId: app.id, kind: 'service', name: service.name }}
            variables={service.variables}
          />
        </SectionCard>
      ))}
    </Stack>
  );
}
