import { useMutationState } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isFinished, type Operation } from '@/contract/operations';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { useOperation } from '@/lib/operations';
import { selfHostedKeys } from '../../api/keys';

/**
 * The registrations and switches of this application to follow to their end: those this
 * session started (kept by the mutation cache, so work that ends before the next poll is not
 * missed) and those seen running on a version, remembered after the version stops naming them.
 */
export function useFollowedOperations(app: SelfHostedApplicationDetail): string[] {
  const started = useMutationState({
    filters: { mutationKey: selfHostedKeys.detail(app.id), status: 'success' },
    select: (mutation) => (mutation.state.data as Operation | undefined)?.id,
  });
  const running = app.versions.flatMap((v) => (v.operationId ? [v.operationId] : []));
  // Which work this tab follows is its own state; the work itself stays in the query cache.
  const [seen, setSeen] = useState<string[]>(running);
  const unseen = running.filter((id) => !seen.includes(id));
  if (unseen.length > 0) setSeen([...seen, ...unseen]);
  const ids = [...seen, ...unseen, ...started].filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

interface FollowerProps {
  operationId: string;
  /** Called once when the work is seen to finish (not for work already finished when mounted). */
  onFinished: (operation: Operation) => void;
}

/** Renders nothing: polls one operation and reports when it ends. */
export function OperationFollower({ operationId, onFinished }: FollowerProps) {
  const { data } = useOperation(operationId);
  const sawRunning = useRef(false);
  const report = useRef(onFinished);
  useEffect(() => {
    report.current = onFinished;
  });
  useEffect(() => {
    if (!data) return;
    if (!isFinished(data.status)) {
      sawRunning.current = true;
      return;
    }
    if (!sawRunning.current) return;
    sawRunning.current = false;
    report.current(data);
  }, [data]);
  return null;
}
