import { useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '@/components/layout/section-card';
import type { TemplateDetail } from '@/contract/template-detail';
import { paths } from '@/config/paths';
import { compareVersions, sortVersionsNewestFirst } from '@/lib/version-compare';
import { diffSearch } from './release-records';

/** Pick any two published versions and open their differences. */
export function CompareVersions({ template }: { template: TemplateDetail }) {
  const versions = sortVersionsNewestFirst(template.releases.map((r) => r.version));
  // Unchosen, they follow the release records (a new version becomes the default To).
  const [chosenTo, setTo] = useState<string>();
  const [chosenFrom, setFrom] = useState<string>();
  const to = chosenTo ?? versions[0] ?? '';
  const from = chosenFrom ?? versions[1] ?? to;
  if (versions.length < 2) return null;
  const valid = compareVersions(from, to) < 0;
  const select = (label: string, value: string, set: (v: string) => void) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      sx={{ minWidth: 120 }}
    >
      {versions.map((v) => (
        <MenuItem key={v} value={v}>
          {v}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <SectionCard title="Compare versions" subtitle="Any two published versions, field by field">
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      >
        {select('From version', from, setFrom)}
        {select('To version', to, setTo)}
        {valid ? (
          <Button
            variant="outlined"
            component={RouterLink}
            to={paths.templates.diff.href(template.id, diffSearch(from, to))}
          >
            Compare {from} → {to}
          </Button>
        ) : (
          <Typography role="status" variant="body2" color="textSecondary">
            Pick a From version earlier than the To version.
          </Typography>
        )}
      </Stack>
    </SectionCard>
  );
}
