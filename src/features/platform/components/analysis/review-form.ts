import * as z from 'zod/mini';
import { ESTIMATE_MAX_HOURS } from '@/contract/platform-plans';

/** Needs a fix: the hours of code fixing it takes, and what to fix (optional). */
export const needsFixSchema = z.object({
  estimate: z.string().check(
    z.trim(),
    z.minLength(1, 'Give the hours of code fixing it takes.'),
    z.refine((v) => /^\d+(\.\d+)?$/.test(v), 'Give a number of hours, such as 6 or 1.5.'),
    z.refine(
      (v) => Number(v) <= ESTIMATE_MAX_HOURS,
      `At most ${String(ESTIMATE_MAX_HOURS)} hours: split larger work into several changes.`,
    ),
  ),
  note: z.string().check(z.trim(), z.maxLength(500, 'At most 500 characters.')),
});
export type NeedsFixValues = z.input<typeof needsFixSchema>;

/** The request body's fields, by the form field that shows their refusal. */
export function reviewFieldOf(bodyField: string): keyof NeedsFixValues | undefined {
  if (bodyField === 'estimateHours') return 'estimate';
  if (bodyField === 'note') return 'note';
  return undefined;
}
