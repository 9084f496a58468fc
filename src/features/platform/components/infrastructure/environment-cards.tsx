import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DescriptionList } from '@/components/layout/description-list';
import type { PlatformEnvironment } from '@/contract/platform';
import {
  frontEndsText,
  hostingLabels,
  maintenanceText,
  stagingBlockedText,
} from './environment-words';
import { ModulePreparationStatus } from './module-preparation-status';
import { StagingMarker } from './staging-marker';

/** The environments in staging order, a card each, blocked staging marked between (phones). */
export function EnvironmentCards({
  label,
  environments,
}: {
  label: string;
  environments: readonly PlatformEnvironment[];
}) {
  return (
    <Stack component="ol" aria-label={label} spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {environments.map((env, i) => {
        const before = environments[i - 1];
        const blocked = before ? stagingBlockedText(before, env) : null;
        return (
          <Box component="li" key={env.id}>
            {blocked && before ? (
              <Box sx={{ py: 1 }}>
                <StagingMarker text={blocked} />
                <Typography variant="body2" color="textSecondary">
                  <bdi>{before.name}</bdi>
                  {' cannot stage applications to '}
                  <bdi>{env.name}</bdi>
                </Typography>
              </Box>
            ) : null}
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Typography component="h4" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                <bdi>{env.name}</bdi>
              </Typography>
              <DescriptionList
                items={[
                  { term: 'Version', value: env.platformVersion },
                  { term: 'Hosting', value: hostingLabels[env.hosting] },
                  { term: 'Front-ends', value: frontEndsText(env.zones) },
                  { term: 'Maintenance mode', value: maintenanceText(env.maintenanceMode) },
                  {
                    term: 'Modules preparation',
                    value: (
                      <ModulePreparationStatus
                        environmentName={env.name}
                        preparation={env.modulePreparation}
                      />
                    ),
                  },
                ]}
              />
            </Paper>
          </Box>
        );
      })}
    </Stack>
  );
}
