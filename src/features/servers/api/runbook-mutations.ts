import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import type { RunbookStepId, ServerUpgrade } from '@/contract/server-upgrades';
import type * as z from 'zod/mini';
import type {
  ApplyServerUpgradeRequest,
  CompleteStepRequest,
  StartServerUpgradeRequest,
} from '@/contract/server-upgrades';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { serverKeys } from './keys';

/**
 * Every change to a server upgrade. Starting work carries an Idempotency-Key made once per
 * attempt by the caller, so a double click or a retry after a timeout starts one operation.
 */

interface Target {
  serverId: string;
  upgradeId: string;
}

function refresh(client: QueryClient, serverId: string) {
  return client.invalidateQueries({ queryKey: serverKeys.detail(serverId) });
}

/** The answer is the record as it is now: shown at once, the rest refreshed behind it. */
function afterRecord(client: QueryClient, serverId: string, upgrade: ServerUpgrade) {
  client.setQueryData(serverKeys.upgrade(serverId, upgrade.id), upgrade);
  void refresh(client, serverId);
}

export function useStartServerUpgrade(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: {
      body: z.input<typeof StartServerUpgradeRequest>;
      idempotencyKey: string;
    }) => apiCall(serverEndpoints.startServerUpgrade, { params: { serverId }, ...args }),
    onSuccess: (operation) => {
      client.setQueryData(operationKeys.detail(operation.id), operation);
      return refresh(client, serverId);
    },
  });
}

export function useCompleteStep({ serverId, upgradeId }: Target) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { step: RunbookStepId; body: z.input<typeof CompleteStepRequest> }) =>
      apiCall(serverEndpoints.completeServerUpgradeStep, {
        params: { serverId, upgradeId, step: args.step },
        body: args.body,
      }),
    onSuccess: (upgrade) => afterRecord(client, serverId, upgrade),
  });
}

/** Export and Retry: the agent runs them as operations. */
export function useRunStep({ serverId, upgradeId }: Target, what: 'export' | 'retry') {
  const client = useQueryClient();
  const endpoint =
    what === 'export' ? serverEndpoints.exportServerUpgrade : serverEndpoints.retryServerUpgrade;
  return useMutation({
    mutationFn: (idempotencyKey: string) =>
      apiCall(endpoint, { params: { serverId, upgradeId }, idempotencyKey }),
    onSuccess: (operation) => {
      client.setQueryData(operationKeys.detail(operation.id), operation);
      return client.invalidateQueries({ queryKey: serverKeys.detail(serverId) });
    },
  });
}

export function useApplyServerUpgrade({ serverId, upgradeId }: Target) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: {
      body: z.input<typeof ApplyServerUpgradeRequest>;
      idempotencyKey: string;
    }) => apiCall(serverEndpoints.applyServerUpgrade, { params: { serverId, upgradeId }, ...args }),
    onSuccess: (upgrade) => afterRecord(client, serverId, upgrade),
  });
}

export function useCancelSchedule({ serverId, upgradeId }: Target) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiCall(serverEndpoints.cancelServerUpgradeSchedule, { params: { serverId, upgradeId } }),
    onSuccess: (upgrade) => afterRecord(client, serverId, upgrade),
  });
}

export function useStartServerCheck(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (idempotencyKey: string) =>
      apiCall(serverEndpoints.startServerCheck, { params: { serverId }, idempotencyKey }),
    onSuccess: (operation) => {
      client.setQueryData(operationKeys.detail(operation.id), operation);
      return refresh(client, serverId);
    },
  });
}
