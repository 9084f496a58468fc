import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SectionCard } from '@/components/layout/section-card';
import { DescriptionList } from '@/components/layout/description-list';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { compareVersions } from '@/lib/version-compare';
import { NewerMarker } from './newer-marker';

/** The version it runs, and whether every component matches it (not after a partial upgrade). */
export function CurrentVersion({ app }: { app: InstalledApplicationDetail }) {
  const behind = app.components.filter((c) => compareVersions(c.version, app.version) !== 0);
  return (
    <SectionCard title="Current version">
      <Typography component="p" sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
        {app.version}
      </Typography>
      <NewerMarker app={app} />
      <Typography>
        {app.inSync
          ? `In sync: all ${String(app.components.length)} components run ${app.version}.`
          : `Partially upgraded: ${String(behind.length)} of ${String(app.components.length)} components do not run ${app.version} (${behind.map((c) => `${c.name} at ${c.version}`).join(', ')}).`}
      </Typography>
      <Box component="details">
        <Box component="summary" sx={{ cursor: 'pointer', color: 'primary.main' }}>
          Components and their versions
        </Box>
        <Box sx={{ mt: 1 }}>
          <DescriptionList
            items={app.components.map((c) => ({
              term: c.name,
              value: `${c.version} · ${c.image}:${c.tag}`,
            }))}
          />
        </Box>
      </Box>
    </SectionCard>
  );
}
