import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { BackLink } from '@/components/layout/back-link';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { paths } from '@/config/paths';
import { useUrlParams } from '@/lib/use-url-params';
import { useTemplate } from '../../api/get-template';
import { useTemplateDiff } from '../../api/get-template-diff';
import {
  defaultVersions,
  parseDiffPageParams,
  serializeDiffPageParams,
  type DiffPageParams,
} from './diff-page-params';
import type { DiffViewOptions } from './diff-view-options';
import { DiffFailure } from './diff-failure';
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
    // Everything the page needs: the diff may have failed with the template.
    const retry = () => {
      void template.refetch();
      if (diff.isError) void diff.refetch();
    };
    return <PanelError error={template.error} onRetry={retry} retrying={template.isFetching} />;
  }
  const t = template.data;
  const versions = t.releases.map((r) => r.version);
  const title = `${t.name} ${from ?? '?'} → ${to ?? '?'}`;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.templates.detail.href(t.id)}>{t.name}</BackLink>
      <div>
        <Typography component="h1" variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          Version differences
        </Typography>
        <Typography color="textSecondary">
          {`${t.name}: what ${to ?? '…'} changes against ${from ?? '…'}`}
        </Typography>
      </div>
      <VersionPickers
        versions={versions}
        from={from ?? ''}
        to={to ?? ''}
        onChange={(change) => setParams((p) => ({ ...p, from: from, to: to, ...change }))}
      />
      {diff.isError ? (
        <DiffFailure
          error={diff.error}
          hint={`Pick published versions above: ${versions.join(', ')}.`}
          onRetry={() => void diff.refetch()}
          retrying={diff.isFetching}
        />
      ) : diff.data ? (
        <TemplateDiffView
          diff={diff.data}
          options={params.options}
          onOptionsChange={setOptions}
          title={`Version differences: ${title}`}
          refreshing={diff.isPlaceholderData}
          templateId={t.id}
        />
      ) : (
        <Typography color="textSecondary">Comparing the versions…</Typography>
      )}
    </Stack>
  );
}
