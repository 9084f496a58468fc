import Box from '@mui/material/Box';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import type { InstalledApplication } from '@/contract/template-upgrades';

/** "1.1 available" (the newest), "+2 more" when several newer versions exist. */
export function newerText(app: Pick<InstalledApplication, 'latestVersion' | 'newerVersionCount'>) {
  const more = app.newerVersionCount - 1;
  return `${app.latestVersion} available${more > 0 ? ` (${String(app.newerVersionCount)} newer versions)` : ''}`;
}

export function NewerMarker({ app }: { app: InstalledApplication }) {
  if (!app.updateAvailable) return null;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', gap: 0.25, alignItems: 'center', color: 'primary.main' }}
    >
      <UpgradeIcon aria-hidden="true" fontSize="small" />
      <span>{newerText(app)}</span>
    </Box>
  );
}
