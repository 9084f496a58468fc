import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Operation } from '@/contract/operations';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { selfHostedOperationKinds } from '@/contract/self-hosted-tenants';
import { useToast } from '@/components/feedback/toast-context';
import { invalidateApplication } from '../../api/invalidate-application';

/** A switch that failed while this tab watched it, said plainly until dismissed. */
export interface FailedSwitch {
  operationId: string;
  to: string;
  /** Still the active version: the switch changed nothing for users. */
  active: string;
  direction: 'update' | 'reactivate';
  title: string;
  detail: string;
}

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;

/** The version a switch went to: from its result, else from its title ("Update to 1.5.0"). */
function targetOf(op: Operation): string {
  return text(op.result?.to, /(\d+\.\d+\.\d+\S*)/.exec(op.title)?.[1] ?? '?');
}

/** What the tab does when a registration or switch it follows ends. */
export function useWorkOutcomes(app: SelfHostedApplicationDetail) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [failed, setFailed] = useState<FailedSwitch | null>(null);

  const onFinished = (op: Operation) => {
    void invalidateApplication(queryClient, app.id);
    const ok = op.status === 'succeeded';
    // A registration shows its outcome on its row (and in the page's banner): no toast.
    if (op.kind === selfHostedOperationKinds.register) return;
    const direction = op.kind === selfHostedOperationKinds.reactivate ? 'reactivate' : 'update';
    const to = targetOf(op);
    if (ok) {
      setFailed((current) => (current?.to === to ? null : current));
      const from = text(op.result?.from, app.activeVersion);
      toast.show({
        severity: 'success',
        message: `${app.name} now runs ${to}. ${from} is inactive.`,
      });
      return;
    }
    setFailed({
      operationId: op.id,
      to,
      active: app.activeVersion,
      direction,
      title: op.error?.title ?? 'The switch failed',
      detail: op.error?.detail ?? '',
    });
  };

  return { failed, dismissFailed: () => setFailed(null), onFinished };
}
