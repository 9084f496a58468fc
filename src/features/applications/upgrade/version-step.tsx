import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { nextApplicationVersion, upgradeTargets } from '../rules';
import { connectorsFor } from './create-draft';
import { serverErrorsOf, versionErrors } from './step-errors';
import { StepHeading } from './step-heading';
import { useWizard } from './wizard-context';
import { WizardNav } from './wizard-nav';

/** Step 1: only released project versions higher than the deployed one. */
export function VersionStep() {
  const { app, draft, change } = useWizard();
  const targets = upgradeTargets(
    app.releases.map((r) => r.version),
    app.projectVersion,
  );
  const resulting = nextApplicationVersion(app.applicationVersion);
  const serverError = serverErrorsOf(draft, 'version').projectVersion;
  const blocker =
    app.deployedVia === 'helm'
      ? `${app.name} was deployed with Helm. Only applications deployed by the deployment service can be upgraded.`
      : targets.length === 0
        ? `${app.name} already runs project version ${String(app.projectVersion)}, the latest released version of ${app.project.name}. There is nothing to upgrade to.`
        : null;

  const pick = (version: number) =>
    change('version', {
      projectVersion: version,
      connectors: connectorsFor(app, version, draft.connectors),
    });

  return (
    <>
      <StepHeading>Choose the version</StepHeading>
      {blocker ? (
        <Alert severity="info" role="status">
          {blocker}
        </Alert>
      ) : (
        <FormControl error={Boolean(serverError)}>
          <FormLabel id="target-version-label">Released project version to upgrade to</FormLabel>
          <RadioGroup
            aria-labelledby="target-version-label"
            value={draft.projectVersion === null ? '' : String(draft.projectVersion)}
            onChange={(e) => pick(Number(e.target.value))}
          >
            {targets.map((version) => {
              const release = app.releases.find((r) => r.version === version);
              const names = release?.connectors.map((c) => c.name) ?? [];
              const connectors = names.length > 0 ? names.join(', ') : 'none';
              return (
                <FormControlLabel
                  key={version}
                  value={String(version)}
                  control={<Radio />}
                  sx={{ alignItems: 'flex-start', my: 0.5 }}
                  label={
                    <Stack sx={{ pt: 1 }}>
                      <Typography>{`Project version ${String(version)} → application version ${String(resulting)}`}</Typography>
                      <Typography variant="body2" color="textSecondary">
                        {`Connectors: ${connectors}`}
                      </Typography>
                    </Stack>
                  }
                />
              );
            })}
          </RadioGroup>
          <FormHelperText>
            {serverError ??
              `The application version counts upgrades: it becomes ${String(resulting)} whichever project version you pick.`}
          </FormHelperText>
        </FormControl>
      )}
      <WizardNav
        step="version"
        errors={versionErrors(app, draft)}
        primary={blocker ? null : undefined}
      />
    </>
  );
}
