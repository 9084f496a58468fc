import Box from '@mui/material/Box';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import { OperationSteps } from '@/components/operation/operation-steps';
import { useOperation } from '@/lib/operations';

/** Live progress of the registration or switch running on a version, inside its row. */
export function VersionWork({ operationId, label }: { operationId: string; label: string }) {
  const { data } = useOperation(operationId);
  return (
    <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 1.5 }}>
      <CompactOperationProgress operation={data} label={label} />
      {data && <OperationSteps steps={data.steps} />}
    </Box>
  );
}
