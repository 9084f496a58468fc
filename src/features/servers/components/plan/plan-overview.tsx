import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ServerDetail } from '@/contract/servers';
import { useServerReleases } from '../../api/list-server-releases';
import { findRelease, IMAGES_FOLLOW_PACKAGE_AFTER, type ServerUpgradePlan } from '../../plan';

/** The direction in words; a downgrade says why the zip's version decides it (the seed's rule). */
function DirectionText({ plan, project }: { plan: ServerUpgradePlan; project: string }) {
  const n = plan.crossed.length;
  if (plan.direction === 'downgrade') {
    return (
      <Alert severity="warning">
        {`This is a downgrade: ${plan.target} is older than ${plan.current ?? ''}. After ${IMAGES_FOLLOW_PACKAGE_AFTER} the container images carry the version of the zip package you download, so the ${plan.target} zip pulls older images and downgrades `}
        <bdi>{project}</bdi>
        {`. ${n === 1 ? 'One release is' : `${String(n)} releases are`} undone.`}
      </Alert>
    );
  }
  return (
    <Alert severity="info">
      {plan.current === null
        ? `No images were pulled yet: this pulls ${plan.target} for the first time.`
        : `This is an upgrade, ${n === 1 ? 'one release' : `${String(n)} releases`} crossed.`}
    </Alert>
  );
}

/** What runs now → the target, the direction, and each release crossed with its notes. */
export function PlanOverview({ plan, server }: { plan: ServerUpgradePlan; server: ServerDetail }) {
  const releases = useServerReleases();
  const headingId = useId();
  const notesOf = (version: string) =>
    plan.direction === 'downgrade'
      ? (findRelease(releases.data?.items ?? [], version)?.notes ?? [])
      : plan.notes.filter((n) => n.version === version).map((n) => n.text);
  return (
    <>
      <Typography variant="h3" component="p">
        {`${plan.current ?? 'Never pulled'} → ${plan.target}`}
      </Typography>
      <DirectionText plan={plan} project={server.project} />
      <Box component="section" aria-labelledby={headingId}>
        <Typography id={headingId} component="h2" variant="h2" sx={{ mb: 1 }}>
          {plan.direction === 'downgrade' ? 'Releases undone' : 'Releases crossed'}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }}>
          {plan.crossed.map((version) => (
            <li key={version}>
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {version}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {notesOf(version).map((text) => (
                  <Typography component="li" variant="body2" key={text}>
                    {text}
                  </Typography>
                ))}
              </Box>
            </li>
          ))}
        </Box>
      </Box>
    </>
  );
}
