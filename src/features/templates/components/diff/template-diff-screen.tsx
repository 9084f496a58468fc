import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { BackLink } from '@/components/layout/back-link';
import { PanelError } from '@/components/feedback/panel-error';
import { describeError } from '@/components/feedback/describe-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { paths } from '@/config/paths';
import { useUrlParams } from '@/lib/use-url-params';
import { isApiError } from '@/lib/problem';
import { useTemplate } from '../../api/get-template';
import { useTemplateDiff } from '../../api/get-template-diff';
import {
  defaultVersions,
  parseDiffPageParams,
  serializeDiffPageParams,
  type DiffPageParams,
} from './diff-page-params';
import type { DiffViewOptions } from './diff-view-options';
import { TemplateDiffView } from './template-diff-view';
import { VersionPickers } from './version-pickers';

/** Version differences: /templates/:id/diff?from=&to=&view=&ws=&filter=&unchanged=&expanded= */
export function TemplateDiffScreen({ templateId }: { templateId: string }) {
  const [params, setParams] = useUrlParams<DiffPageParams>(
    parseDiffPageParams,
    serializeDiffPageParams,
  );
  const template = useTemplate(templateId);
  const fallback = defaultVersions(template.data?.releases ?? []);
  const from = params.from ?? fallback.from;
  const to = params.to ?? fallback.to;
  const diff = useTemplateDiff(
    templateId,
    { from: from ?? '', to: to ?? '', ignoreWhitespace: params.options.ignoreWhitespace },
    Boolean(from && to),
  );
  const setOptions = useCallback(
    (update: (o: DiffViewOptions) => DiffViewOptions) =>
      setParams((p) => ({ ...p, options: update(p.options) })),
    [setParams],
  );

  if (template.isPending) return <PageSkeleton />;
  if (template.isError) {
    return <PanelError error={template.error} onRetry={() => void template.refetch()} />;
  }
  const t = template.data;
  const versions = t.releases.map((r) => r.version);
  const title = `${t.name} ${from ?? '?'} → ${to ?? '?'}`;
  const badVersion = diff.isError && isApiError(diff.error) && diff.error.status < 500;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.templates.detail.href(t.id)}>{t.name}</BackLink>
      <div>
        <Typography component="h1" variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          Version differences
        </Typography>
        <Typography color="text.secondary">
          {`${t.name}: what ${to ?? '…'} changes against ${from ?? '…'}`}
        </Typography>
      </div>
      <VersionPickers
        versions={versions}
        from={from ?? ''}
        to={to ?? ''}
        onChange={(change) => setParams((p) => ({ ...p, from: from, to: to, ...change }))}
      />
      {badVersion ? (
        <Alert severity="warning">
          <AlertTitle>{describeError(diff.error).title}</AlertTitle>
          {`${describeError(diff.error).detail} Pick published versions above: ${versions.join(', ')}.`}
        </Alert>
      ) : diff.isError ? (
        <PanelError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : diff.data ? (
        <TemplateDiffView
          diff={diff.data}
          options={params.options}
          onOptionsChange={setOptions}
          title={`Version differences: ${title}`}
          refreshing={diff.isPlaceholderData}
        />
      ) : (
        <Typography color="text.secondary">Comparing the versions…</Typography>
      )}
    </Stack>
  );
}
