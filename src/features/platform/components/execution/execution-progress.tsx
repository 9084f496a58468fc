import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import type { PlanEnvironment } from '@/contract/platform-plans';
import { useOperation } from '@/lib/operations';

/** The running upgrade's live progress bar, named after the environment. */
export function ExecutionProgress({ env }: { env: PlanEnvironment }) {
  const operationId = env.execution.operationId ?? undefined;
  const operation = useOperation(operationId);
  if (env.execution.status !== 'running' || !operationId) return null;
  return (
    <CompactOperationProgress
      operation={operation.data}
      label={`Platform Server upgrade of ${env.name}`}
    />
  );
}
