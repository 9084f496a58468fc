import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApplicationDetail } from '@/contract/application-detail';
import { connectorKindText } from './detail-text';
import { SectionCard } from '@/components/layout/section-card';
import { ImageLine } from './image-line';
import { VariablesTable } from './variables-table';

export function ConnectorsPanel({ app }: { app: ApplicationDetail }) {
  return (
    <Stack spacing={2}>
      <Alert severity="info" variant="outlined">
        Connectors are the only services an upgrade can give a new image or variables.
      </Alert>
      {app.connectors.length === 0 ? (
        <Typography color="textSecondary">This application uses no connectors.</Typography>
      ) : null}
      {app.connectors.map((connector) => (
        <SectionCard
          key={connector.name}
          title={connector.name}
          subtitle={connectorKindText(connector)}
        >
          <ImageLine image={connector.image} />
          <VariablesTable
            owner={{ applicationId: app.id, kind: 'connector', name: connector.name }}
            variables={connector.variables}
          />
        </SectionCard>
      ))}
    </Stack>
  );
}
