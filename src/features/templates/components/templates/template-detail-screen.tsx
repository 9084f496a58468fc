import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import type { TemplateDetail } from '@/contract/template-detail';
import { paths } from '@/config/paths';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-return';
import { isApiError } from '@/lib/problem';
import { useTemplate } from '../../api/get-template';
import { CompareVersions } from './compare-versions';
import { PublishingBanner } from './publishing-banner';
import { ReleaseRecords } from './release-records';
import { SourceApplication } from './source-application';

interface Props {
  templateId: string;
  /** The publish dialog's outlet, given the loaded template. */
  children: (template: TemplateDetail) => ReactNode;
}

export function TemplateDetailScreen({ templateId, children }: Props) {
  const query = useTemplate(templateId);
  const location = useLocation();
  if (isApiError(query.error) && query.error.status === 404) throw query.error;
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.templates.list.href(listSearchOf(location.state))}>
        Back to Templates
      </BackLink>
      {query.data ? (
        <>
          <Header template={query.data} />
          <PublishingBanner template={query.data} />
          <SourceApplication template={query.data} />
          <ReleaseRecords template={query.data} />
          <CompareVersions template={query.data} />
          {children(query.data)}
        </>
      ) : query.isError ? (
        <>
          <Typography variant="h1">Template</Typography>
          <PanelError
            error={query.error}
            title="This template could not be loaded"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </>
      ) : (
        <PageSkeleton label="Loading template…" />
      )}
    </Stack>
  );
}

function Header({ template }: { template: TemplateDetail }) {
  return (
    <div>
      <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
        {template.name}
      </Typography>
      <Typography sx={{ mt: 0.5 }}>{template.description}</Typography>
      <Typography component="p" sx={{ mt: 1, fontSize: '1.125rem', fontWeight: 600 }}>
        Latest version {template.latestVersion}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {formatCount(template.versionCount)} {template.versionCount === 1 ? 'version' : 'versions'}{' '}
        · {formatCount(template.componentCount)} components · installed{' '}
        {formatCount(template.installedCount)} {template.installedCount === 1 ? 'time' : 'times'}
      </Typography>
    </div>
  );
}
