import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { RollbackFacts } from './rollback-facts';
import { RollbackForm } from './rollback-form';
import { RollbackProgress } from './rollback-progress';
import { RollbackRefused } from './rollback-refused';
import { useRollbackParams } from './use-rollback-params';

interface Props {
  app: InstalledApplicationDetail;
  record: UpgradeRecordDetail;
}

/**
 * One upgrade's rollback: what it would undo, then (for administrators) the choice, its preview
 * and Roll back; once started, its progress. A rollback that is not allowed says why instead.
 */
export function RollbackPage({ app, record }: Props) {
  const [params, setParams] = useRollbackParams();
  // Started here (its id in the URL), or running already when the page was opened.
  const running = record.status === 'rolling-back' ? record.rollback?.operationId : undefined;
  const operationId = params.operation ?? running;

  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {`Roll back ${app.name} to ${record.fromVersion}`}
        </Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5 }}>
          {`Undo the upgrade ${record.fromVersion} → ${record.toVersion} of ${app.template.name}, component by component.`}
        </Typography>
      </div>
      <RollbackFacts record={record} />
      {operationId ? (
        <RollbackProgress
          key={operationId}
          app={app}
          record={record}
          operationId={operationId}
          onChangeChoice={() => setParams((p) => ({ ...p, operation: null, confirm: false }))}
          onRestarted={(id) => setParams((p) => ({ ...p, operation: id }))}
        />
      ) : record.rollbackRefusal ? (
        <RollbackRefused app={app} record={record} refusal={record.rollbackRefusal} />
      ) : (
        <RollbackForm app={app} record={record} params={params} setParams={setParams} />
      )}
    </Stack>
  );
}
