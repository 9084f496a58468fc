import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DiffResult } from '@/contract/template-diff';
import { revealTemplateSecrets, templateSecretKeys } from '../../api/reveal-template-secrets';
import {
  hasRevealableSecret,
  revealDiff,
  revealedKey,
  secretFieldsOf,
  type RevealedValues,
} from './reveal-diff';

type Diff = Pick<DiffResult, 'summary' | 'components'>;

async function revealAll(
  templateId: string,
  wanted: ReturnType<typeof secretFieldsOf>,
  signal: AbortSignal,
): Promise<RevealedValues> {
  const answers = await Promise.all(
    Object.entries(wanted).map(async ([version, fields]) => ({
      version,
      answer: await revealTemplateSecrets(templateId, version, fields, signal),
    })),
  );
  const values: RevealedValues = {};
  for (const { version, answer } of answers) {
    for (const v of answer.values) values[revealedKey(version, v.component, v.key)] = v.value;
  }
  return values;
}

/**
 * "Reveal secrets" of a diff: the API answers every secret masked, so the values are asked for
 * (one audited call per template version) only while `on`, and kept no longer than the view.
 */
export function useRevealedDiff<D extends Diff>(
  templateId: string | undefined,
  diff: D,
  on: boolean,
) {
  const revealable = useMemo(
    () => Boolean(templateId) && hasRevealableSecret(diff),
    [templateId, diff],
  );
  // Listed (and hashed into the query's key on every render) only while revealing: a large
  // template's diff names hundreds of secrets, and the page's first render has no use for them.
  const wanted = useMemo(
    () => (on && revealable ? secretFieldsOf(diff) : null),
    [on, revealable, diff],
  );
  const query = useQuery({
    queryKey: templateSecretKeys.reveal(templateId ?? '', wanted ?? {}),
    queryFn: ({ signal }) => revealAll(templateId ?? '', wanted ?? {}, signal),
    enabled: wanted !== null,
    // Each read is audited: never again on its own (focus, remount), and gone once unused.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const data = on ? query.data : undefined;
  const revealed = useMemo(() => (data ? revealDiff(diff, data) : null), [diff, data]);
  return {
    /** Some secret of this diff can be revealed from the versions it names. */
    revealable,
    /** The diff with the revealed values; null while not revealed. */
    revealed,
    pending: on && revealable && query.isFetching,
    error: on ? query.error : null,
    retry: () => void query.refetch(),
  };
}
