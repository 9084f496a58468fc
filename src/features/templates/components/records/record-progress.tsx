import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { SectionCard } from '@/components/layout/section-card';
import { OperationProgress } from '@/components/operation/operation-progress';
import { isFinished } from '@/contract/operations';
import { useOperation } from '@/lib/operations';
import { installedKeys } from '../../api/keys';

interface Props {
  applicationId: string;
  operationId: string;
  title: string;
}

/** The running upgrade's (or rollback's) live progress; its end refreshes the application. */
export function RecordProgress({ applicationId, operationId, title }: Props) {
  const queryClient = useQueryClient();
  const { data: operation } = useOperation(operationId);
  const finished = operation ? isFinished(operation.status) : false;
  useEffect(() => {
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: installedKeys.detail(applicationId) });
      void queryClient.invalidateQueries({ queryKey: installedKeys.lists() });
    }
  }, [finished, queryClient, applicationId]);
  if (!operation) return null;
  return (
    <SectionCard title={title}>
      <OperationProgress operation={operation} />
    </SectionCard>
  );
}
