import * as z from 'zod/mini';
import { StartExecutionRequest } from '@/contract/platform-plans';

// The contract's field without its optional wrapper: the same rules, made required here.
const approver = StartExecutionRequest.shape.approvedBy.def.innerType;

/**
 * The cloud upgrade request as typed by someone who is not an infrastructure admin: they name
 * the admin who approves it ("if you're an infrastructure admin, your request is authorized").
 */
export const cloudRequestSchema = z.object({
  approvedBy: approver.check(
    z.minLength(
      1,
      "Name the infrastructure admin who approves this request: OutSystems needs an infrastructure admin's approval.",
    ),
  ),
});

export type CloudRequestInput = z.input<typeof cloudRequestSchema>;
export type CloudRequestValues = z.output<typeof cloudRequestSchema>;

export const SCHEDULE_MISSING =
  'Schedule this environment in Planning first: the request says when, with the time zone.';
