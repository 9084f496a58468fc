import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ExecutionView } from './execution-view';
import { ChecklistItem } from './checklist-item';
import { PublicationProgress } from './publication-progress';
import { PublishForm } from './publish-form';

const upgraded = (view: ExecutionView) => view.env.execution.status === 'done';

/** "Upgrade applications to the new version": publish all or gradually, live; mobile and Forge. */
export function ApplicationsStep({ view }: { view: ExecutionView }) {
  const { plan, env, environment, canAct } = view;
  const publication = env.publication;
  const mobile = environment?.apps.filter((a) => a.kind === 'mobile') ?? [];
  const newerForge =
    environment?.forgeComponents.filter((c) => c.latestVersion !== c.installedVersion) ?? [];
  const allPublished = env.status === 'published' || env.status === 'tested';
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        {plan.publishMode === 'all'
          ? 'This upgrade needs every application published in the new version.'
          : "Publish your applications gradually, at your teams' pace, once modules preparation finishes; publishing all of them is optional."}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Have your teams available for the code fixing the breaking changes may need.
      </Typography>
      <PublicationProgress publication={publication} environmentName={env.name} />
      {!upgraded(view) ? (
        <Typography variant="body2">
          Publish once the Platform Server is upgraded (step 1).
        </Typography>
      ) : (
        canAct && !allPublished && publication?.status !== 'running' && <PublishForm view={view} />
      )}
      {env.role === 'production' && mobile.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>Mobile apps get over-the-air upgrades</AlertTitle>
          {'Upgrading Production changes many resources of '}
          {mobile.map((a, i) => (
            <span key={a.name}>
              {i > 0 ? ', ' : ''}
              <bdi>{a.name}</bdi>
            </span>
          ))}
          {
            ', which triggers over-the-air (OTA) upgrades to all the end users. Generating and distributing a new build eliminates the need for them: an advisable practice that improves the end-user experience.'
          }
        </Alert>
      )}
      <ChecklistItem view={view} itemId="mobile-build" />
      {newerForge.length > 0 && (
        <div>
          <Typography variant="body2">
            Newer Forge components: take the opportunity to upgrade them, and validate their
            changes.
          </Typography>
          <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
            {newerForge.map((c) => (
              <li key={c.name}>
                <bdi>{c.name}</bdi>
                {` ${c.installedVersion} → ${c.latestVersion}`}
              </li>
            ))}
          </Typography>
        </div>
      )}
      <ChecklistItem view={view} itemId="forge-components" />
    </Stack>
  );
}
