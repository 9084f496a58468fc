import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PublishIcon from '@mui/icons-material/Publish';
import { Link as RouterLink } from 'react-router';
import { usePermission } from '@/components/layout/require-permission';
import { SectionCard } from '@/components/layout/section-card';
import type { TemplateDetail } from '@/contract/template-detail';
import { paths } from '@/config/paths';
import { useDialogLinkState } from '@/lib/route-dialog';
import { componentChangeLabels } from '../../upgrade-status';
import { Timestamp } from '@/components/list/cells';

/** "redis added, web changed": the unpublished changes in words. */
export function changesText(template: TemplateDetail): string {
  return template.source.unpublishedChanges.components
    .map((c) => `${c.name} ${componentChangeLabels[c.change].toLowerCase()}`)
    .join(', ');
}

/** What the source application changed since the latest version: what publishing would release. */
export function SourceApplication({ template }: { template: TemplateDetail }) {
  const canPublish = usePermission('templates:publish');
  const linkState = useDialogLinkState();
  const { source } = template;
  const changes = source.unpublishedChanges.components;
  return (
    <SectionCard
      title="Source application"
      subtitle={
        <>
          {source.name} · changed <Timestamp iso={source.updatedAt} />
        </>
      }
    >
      {changes.length === 0 ? (
        <Typography>
          No unpublished changes: {source.name} matches version {template.latestVersion}.
        </Typography>
      ) : (
        <Alert severity="info" variant="outlined" aria-label="Unpublished changes">
          <Typography sx={{ fontWeight: 500 }}>
            Unpublished changes since {template.latestVersion}: {changesText(template)}
          </Typography>
          <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5 }}>
            Publishing a new version releases them; once published, compare it with{' '}
            {template.latestVersion} from the release records.
          </Typography>
        </Alert>
      )}
      {canPublish && !source.publishing ? (
        <Button
          component={RouterLink}
          to={paths.templates.publish.href(template.id)}
          state={linkState}
          variant="contained"
          startIcon={<PublishIcon />}
          sx={{ alignSelf: 'flex-start' }}
        >
          Publish a new version
        </Button>
      ) : null}
    </SectionCard>
  );
}
