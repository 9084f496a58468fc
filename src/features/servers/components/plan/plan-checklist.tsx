import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ServerUpgradePlan } from '../../plan';
import { ImageChanges } from './image-changes';

type Tone = 'action' | 'info' | 'none';

const icons: Record<Tone, ReactNode> = {
  action: <WarningAmberIcon color="warning" fontSize="small" aria-hidden="true" />,
  info: <InfoOutlinedIcon color="info" fontSize="small" aria-hidden="true" />,
  none: <CheckCircleOutlineIcon color="success" fontSize="small" aria-hidden="true" />,
};

function Item({ title, tone, children }: { title: string; tone: Tone; children: ReactNode }) {
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1.5, minWidth: 0 }}>
      <Box sx={{ pt: 0.25 }}>{icons[tone]}</Box>
      <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1 }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {children}
      </Stack>
    </Box>
  );
}

const Text = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

/** One checklist of everything the releases crossed ask for, read before anything runs. */
export function PlanChecklist({ plan }: { plan: ServerUpgradePlan }) {
  const { configOptions, newSubdomains, minRunnerVersion, runnersBelow, packageUpdates } = plan;
  return (
    <Box
      component="ul"
      aria-label="Checklist"
      sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}
    >
      <Item title="Configuration options" tone={configOptions.length > 0 ? 'info' : 'none'}>
        {configOptions.length === 0 ? (
          <Text>No new configuration options.</Text>
        ) : (
          <Text>
            New in global.yaml (optional, step 3):
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {configOptions.map((o) => (
                <li key={o.key}>
                  <code>{o.key}</code>
                  {` (${o.version}): ${o.description}`}
                </li>
              ))}
            </Box>
          </Text>
        )}
      </Item>
      <Item title="Subdomains for DNS" tone={newSubdomains.length > 0 ? 'action' : 'none'}>
        {newSubdomains.length === 0 ? (
          <Text>No new subdomain: DNS stays as it is.</Text>
        ) : (
          <Text>
            Add to your DNS server before the downtime (step 5):
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {newSubdomains.map((d) => (
                <li key={d.host}>
                  <strong>{d.host}</strong>
                  {` for the ${d.service} service (${d.version})`}
                </li>
              ))}
            </Box>
          </Text>
        )}
      </Item>
      <Item title="Runners" tone={runnersBelow.length > 0 ? 'action' : 'none'}>
        {minRunnerVersion === null ? (
          <Text>No minimum runner version in these releases.</Text>
        ) : runnersBelow.length === 0 ? (
          <Text>{`Runners need ${minRunnerVersion} or later: every runner is.`}</Text>
        ) : (
          <Text>
            {`Runners need ${minRunnerVersion} or later; older ones can no longer take builds. Below it:`}
            <Box
              component="ul"
              aria-label={`Runners below ${minRunnerVersion}`}
              sx={{ m: 0, pl: 3 }}
            >
              {runnersBelow.map((r) => (
                <li key={r.name}>
                  <strong>{r.name}</strong>
                  {` runs ${r.version}`}
                </li>
              ))}
            </Box>
          </Text>
        )}
      </Item>
      <Item title="Packages" tone={packageUpdates.length > 0 ? 'info' : 'none'}>
        <Text>
          {packageUpdates.length === 0
            ? 'No package updates.'
            : `Updated in step 2, which needs sudo: ${packageUpdates.map((p) => `${p.name} ${p.version} (${p.release})`).join(', ')}.`}
        </Text>
      </Item>
      <Item title="Images" tone="info">
        {plan.imageChanges.length === 0 ? (
          <Text>No image changes.</Text>
        ) : (
          <ImageChanges changes={plan.imageChanges} />
        )}
      </Item>
    </Box>
  );
}
