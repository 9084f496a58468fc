import { z } from 'zod';
import { FieldError } from '@/contract/common';
import { RunbookStepId } from '@/contract/server-upgrades';
import type { Scenario } from './scenario';
import type { PlatformFaults } from '../platform/state';
import type { ServerFaults } from '../servers/state';

const EndpointId = z.string().min(1).nullable();

/** What `PATCH /simulator/scenario` may change: any part of the scenario, nothing else. */
export const ScenarioPatch = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    failure: z
      .object({
        endpointId: z.string().min(1),
        status: z.number().int().min(400).max(599),
        errors: z.array(FieldError).optional(),
        currentRevision: z.number().int().min(1).optional(),
      })
      .nullable(),
    timeoutEndpointId: EndpointId,
    malformedEndpointId: EndpointId,
    offline: z.boolean(),
    operationSpeed: z.number().positive().max(10_000),
    failingOperationKind: EndpointId,
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<Scenario>>;

export const ResetRequest = z.object({ largeDataset: z.boolean().optional() }).strict();
export const Switch = z.object({ on: z.boolean() }).strict();

export const ServerFaultsRequest = z
  .object({
    noSudo: z.boolean(),
    failStep: RunbookStepId,
    unhealthyService: z.string().min(1),
  })
  .partial()
  .strict() satisfies z.ZodType<ServerFaults>;

export const PlatformFaultsRequest = z
  .object({
    modulePreparationFailsAt: z.string().min(1),
    installerFails: z.boolean(),
    approvalRefused: z.boolean(),
  })
  .partial()
  .strict() satisfies z.ZodType<PlatformFaults>;
