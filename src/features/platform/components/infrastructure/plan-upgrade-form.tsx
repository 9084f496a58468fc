import { formResolver } from '@/lib/form-resolver';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { PanelError } from '@/components/feedback/panel-error';
import { FormTextField } from '@/components/form/form-text-field';
import type { Infrastructure } from '@/contract/platform';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { latestVersionOf, versionsAfter } from '@/lib/version-compare';
import { useCreateUpgradePlan } from '../../api/create-upgrade-plan';
import { usePlatformReleases } from '../../api/list-platform-releases';

const schema = z.object({
  to: z.string().check(z.minLength(1, 'Pick the version to upgrade to.')),
});
type Values = z.infer<typeof schema>;

/** "Plan an upgrade": a release higher than every environment, then the plan's Analysis. */
export function PlanUpgradeForm({ infrastructure }: { infrastructure: Infrastructure }) {
  const releases = usePlatformReleases();
  const create = useCreateUpgradePlan();
  const navigate = useNavigate();
  const { control, handleSubmit, setError, setFocus } = useForm<Values>({
    resolver: formResolver(schema),
    defaultValues: { to: '' },
  });
  const highest = latestVersionOf(infrastructure.environments.map((e) => e.platformVersion)) ?? '0';
  const selectId = `plan-target-${infrastructure.id}`;

  const submit = handleSubmit(async ({ to }) => {
    try {
      const plan = await create.mutateAsync({ infrastructureId: infrastructure.id, to });
      await navigate(paths.platform.plan.href(plan.id));
    } catch (error) {
      if (!isApiError(error) || ![409, 422].includes(error.status)) return;
      setError('to', {
        type: 'server',
        message: error.fieldErrors.to ?? error.detail ?? error.title,
      });
      setFocus('to');
    }
  });

  if (!releases.data) {
    return releases.isError ? (
      <PanelError
        error={releases.error}
        title="The releases could not be loaded"
        onRetry={() => void releases.refetch()}
        retrying={releases.isFetching}
      />
    ) : (
      <Typography color="textSecondary" role="status">
        Loading the releases…
      </Typography>
    );
  }
  const targets = versionsAfter(
    releases.data.items.map((r) => r.version),
    highest,
  );
  if (targets.length === 0) {
    return (
      <Typography color="textSecondary">
        {`Every environment runs ${highest}, the latest release: there is nothing to upgrade to.`}
      </Typography>
    );
  }
  const handled = isApiError(create.error) && [409, 422].includes(create.error.status);
  return (
    <Stack
      component="form"
      aria-label={`Plan an upgrade of ${infrastructure.name}`}
      noValidate
      onSubmit={(e) => void submit(e)}
      spacing={1.5}
      sx={{ alignItems: 'flex-start' }}
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ alignItems: 'flex-start', width: '100%' }}
      >
        <FormTextField
          control={control}
          name="to"
          id={selectId}
          select
          label="Target version"
          helperText={`Releases higher than ${highest}, newest first`}
          sx={{ minWidth: 220, maxWidth: '100%' }}
        >
          {targets.map((v) => (
            <MenuItem key={v} value={v}>
              {v}
            </MenuItem>
          ))}
        </FormTextField>
        <Button type="submit" variant="contained" loading={create.isPending} sx={{ mt: { sm: 1 } }}>
          Plan an upgrade
        </Button>
      </Stack>
      {create.isError && !handled ? (
        <PanelError
          error={create.error}
          title="The plan was not created"
          onRetry={() => void submit()}
          retrying={create.isPending}
        />
      ) : null}
    </Stack>
  );
}
