import { queryKeysFactory } from '@/lib/query-keys';

const plans = queryKeysFactory<'platform-plans'>('platform-plans');

/** One hierarchy for the platform area, so a mutation can invalidate exactly what it changed. */
export const platformKeys = {
  plans,
  /** Every infrastructure with its environments (maintenance mode, module preparation). */
  environments: () => ['platform', 'environments'] as const,
  /** Releases (from, to]; both absent: every release. */
  releases: (from?: string, to?: string) => ['platform', 'releases', from ?? '', to ?? ''] as const,
  stagings: () => ['platform', 'stagings'] as const,
};
