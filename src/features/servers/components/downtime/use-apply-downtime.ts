import { useState, type RefObject } from 'react';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { isApiError } from '@/lib/problem';
import { useKeyFor } from '@/lib/use-key-for';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useApplyServerUpgrade } from '../../api/runbook-mutations';

export type DowntimeField = 'confirmDowntime' | 'dnsConfirmed' | 'at';
export type DowntimeErrors = Partial<Record<DowntimeField, string>>;

export interface DowntimeChoice {
  confirmed: boolean;
  when: 'now' | 'later';
  /** A datetime-local value ("2026-11-22T23:00"), read in the reader's zone. */
  at: string;
}

const FIELDS: readonly DowntimeField[] = ['confirmDowntime', 'dnsConfirmed', 'at'];

/** What is wrong with the choice before anything is sent; `at` as an instant when all is well. */
export function checkChoice(choice: DowntimeChoice, project: string, now: number) {
  const errors: DowntimeErrors = {};
  if (!choice.confirmed)
    errors.confirmDowntime = `Tick this to confirm that ${project} will be unreachable.`;
  let at: string | undefined;
  if (choice.when === 'later') {
    const time = Date.parse(choice.at);
    if (choice.at === '' || Number.isNaN(time)) errors.at = 'Pick the date and time to start at.';
    else if (time <= now) errors.at = 'Pick a time in the future.';
    else at = new Date(time).toISOString();
  }
  return { errors, at };
}

/**
 * Applies the upgrade (now or at a time) once per click; every refusal goes back to its field
 * (confirmDowntime, dnsConfirmed, at) and what was chosen stays.
 */
export function useApplyDowntime(
  serverId: string,
  upgrade: ServerUpgrade,
  onApplied: () => void,
  /** The inputs a refusal sends focus to. */
  fields: Partial<Record<DowntimeField, RefObject<HTMLInputElement | null>>>,
) {
  const apply = useApplyServerUpgrade({ serverId, upgradeId: upgrade.id });
  const keyFor = useKeyFor();
  const once = useSingleFlight();
  const [errors, setErrors] = useState<DowntimeErrors>({});

  const focusFirst = (found: DowntimeErrors) => {
    const first = FIELDS.find((f) => found[f] && fields[f]?.current);
    if (first) fields[first]?.current?.focus();
  };

  const send = (choice: DowntimeChoice) => {
    const checked = checkChoice(choice, upgrade.project, Date.now());
    if (Object.keys(checked.errors).length > 0) {
      setErrors(checked.errors);
      focusFirst(checked.errors);
      return;
    }
    setErrors({});
    once((release) => {
      const body = {
        confirmDowntime: true,
        dnsConfirmed: [...upgrade.dnsConfirmed],
        ...(checked.at ? { at: checked.at } : {}),
      };
      apply.mutate(
        { body, idempotencyKey: keyFor(body) },
        {
          onSuccess: onApplied,
          onError: (error) => {
            release();
            if (!isApiError(error) || error.status !== 422) return;
            const placed: DowntimeErrors = {};
            for (const f of FIELDS) if (error.fieldErrors[f]) placed[f] = error.fieldErrors[f];
            setErrors(placed);
            focusFirst(placed);
          },
        },
      );
    });
  };

  const error = apply.error;
  const placed =
    isApiError(error) && error.status === 422 && FIELDS.some((f) => error.fieldErrors[f]);
  return {
    send,
    errors,
    clear: (field: DowntimeField) => setErrors(({ [field]: _gone, ...rest }) => rest),
    pending: apply.isPending || apply.isSuccess,
    /** A failure that has no field to sit at (a 409, a 500, offline). */
    failure: apply.isError && !placed ? apply.error : null,
  };
}
