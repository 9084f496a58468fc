import * as z from 'zod/mini';
import { AuditPage, AuditQuery } from './audit';
import { Id } from './common';
import { defineEndpoint } from './endpoint';
import { Operation } from './operations';

const read = [401, 500] as const;

/** Work in progress and the audit trail, shared by every area. Spread into the one endpoint table in endpoints.ts. */
export const operationEndpoints = {
  getOperation: defineEndpoint({
    id: 'getOperation',
    method: 'GET',
    path: '/operations/{operationId}',
    summary: 'Status, progress, steps and log of a piece of work',
    tag: 'operations',
    params: z.object({ operationId: Id }),
    response: Operation,
    status: 200,
    errors: [404, ...read],
  }),
  listAudit: defineEndpoint({
    id: 'listAudit',
    method: 'GET',
    path: '/audit',
    summary: 'Recorded mutations, newest first, optionally for one resource',
    tag: 'audit',
    query: AuditQuery,
    response: AuditPage,
    status: 200,
    errors: [400, ...read],
  }),
} as const;
