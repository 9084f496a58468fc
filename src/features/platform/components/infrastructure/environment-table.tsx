import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ScrollTable } from '@/components/layout/scroll-table';
import type { PlatformEnvironment } from '@/contract/platform';
import {
  frontEndsText,
  hostingLabels,
  maintenanceText,
  stagingBlockedText,
} from './environment-words';
import { ModulePreparationStatus } from './module-preparation-status';
import { StagingMarker } from './staging-marker';

const HEAD = [
  'Environment',
  'Version',
  'Hosting',
  'Front-ends',
  'Maintenance mode',
  'Modules preparation',
  'Staging from the one before',
];

/** The environments in staging order, one row each (wide screens). */
export function EnvironmentTable({
  label,
  environments,
}: {
  label: string;
  environments: readonly PlatformEnvironment[];
}) {
  return (
    <ScrollTable label={label}>
      <TableHead>
        <TableRow>
          {HEAD.map((column) => (
            // Long headers wrap, so the table fits beside the navigation at 1280 px.
            <TableCell key={column} sx={{ whiteSpace: 'normal' }}>
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {environments.map((env, i) => {
          const before = environments[i - 1];
          const blocked = before ? stagingBlockedText(before, env) : null;
          return (
            <TableRow key={env.id}>
              <TableCell component="th" scope="row">
                <bdi>{env.name}</bdi>
              </TableCell>
              <TableCell>{env.platformVersion}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{hostingLabels[env.hosting]}</TableCell>
              <TableCell>{frontEndsText(env.zones)}</TableCell>
              <TableCell>{maintenanceText(env.maintenanceMode)}</TableCell>
              <TableCell>
                <ModulePreparationStatus
                  environmentName={env.name}
                  preparation={env.modulePreparation}
                />
              </TableCell>
              <TableCell>
                {!before ? (
                  <Typography variant="body2" color="textSecondary">
                    First in the lifecycle
                  </Typography>
                ) : blocked ? (
                  <StagingMarker text={blocked} />
                ) : (
                  <Typography variant="body2">Open</Typography>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}
