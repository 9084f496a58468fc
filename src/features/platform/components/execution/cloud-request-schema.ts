import { z } from 'zod';
import { StartExecutionRequest } from '@/contract/platform-plans';

const approver = StartExecutionRequest.shape.approvedBy.unwrap();

/**
 * The cloud upgrade request as typed by someone who is not an infrastructure admin: they name
 * the admin who approves it ("if you're an infrastructure admin, your request is authorized").
 */
export const cloudRequestSchema = z.object({
  approvedBy: approver.min(
    1,
    "Name the infrastructure admin who approves this request: OutSystems needs an infrastructure admin's approval.",
  ),
});

export type CloudRequestInput = z.input<typeof cloudRequestSchema>;
export type CloudRequestValues = z.output<typeof cloudRequestSchema>;

export const SCHEDULE_MISSING =
  'Schedule this environment in Planning first: the request says when, with the time zone.';
