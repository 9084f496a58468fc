import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import UndoIcon from '@mui/icons-material/Undo';
import { Link as RouterLink } from 'react-router';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import { SectionCard } from '@/components/layout/section-card';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import { paths } from '@/config/paths';
import { absoluteTime } from '@/lib/format';
import { restoresText, rollbackRestores } from '../../rollback-restores';
import { upgradeStatusLabels } from '../../upgrade-status';

/** Whether this upgrade can be rolled back: the link (administrators), or why not. */
export function RollbackSection({ record }: { record: UpgradeRecordDetail }) {
  const allowed = usePermission('templates:upgrade');
  const possible = record.rollbackable.length > 0 && !record.rollbackRefusal;
  const stay = record.componentsThatStay;
  return (
    <SectionCard title="Rollback">
      {record.rollback ? (
        <Typography>
          {`${upgradeStatusLabels[record.rollback.status]}: ${record.rollback.components.join(', ')}, by ${record.rollback.startedBy.name} on ${absoluteTime(record.rollback.startedAt)}.`}
          {record.rollback.comment ? ` “${record.rollback.comment}”` : ''}
        </Typography>
      ) : null}
      {record.rollback?.failure ? (
        <Alert severity="error">
          <AlertTitle>{record.rollback.failure.title}</AlertTitle>
          {record.rollback.failure.detail}
        </Alert>
      ) : null}
      {possible ? (
        allowed ? (
          <>
            <Typography>
              {restoresText(rollbackRestores(record, record.rollbackable))}
              {stay.length > 0
                ? ` ${stay.join(', ')} ${stay.length === 1 ? 'was' : 'were'} added by this upgrade and ${stay.length === 1 ? 'stays' : 'stay'}.`
                : ''}
            </Typography>
            <Button
              component={RouterLink}
              to={paths.installed.rollback.href(record.applicationId, record.id)}
              variant="outlined"
              startIcon={<UndoIcon />}
              sx={{ alignSelf: 'flex-start' }}
            >
              Roll back
            </Button>
          </>
        ) : (
          <PermissionDenied>
            <Typography>
              {`This upgrade can be rolled back, but rolling back needs the Administrator role.`}
            </Typography>
          </PermissionDenied>
        )
      ) : record.rollbackRefusal ? (
        <Alert severity="info" variant="outlined">
          <AlertTitle>{record.rollbackRefusal.title}</AlertTitle>
          {record.rollbackRefusal.message}
        </Alert>
      ) : (
        <Typography>This upgrade cannot be rolled back.</Typography>
      )}
    </SectionCard>
  );
}
