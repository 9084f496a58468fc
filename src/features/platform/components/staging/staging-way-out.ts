import type { PlatformEnvironment } from '@/contract/platform';
import { canStage } from '../../environment-rules';

type Env = Pick<PlatformEnvironment, 'id' | 'name' | 'platformVersion' | 'stagingOrder'>;

/**
 * Where the seed's way out fixes an application when staging to `toId` is refused across
 * versions: "make the fix directly in the environment that hasn't yet been upgraded", the one
 * closest before the target still on its version (e.g. Pre-Production before Production).
 */
export function fixInFor<E extends Env>(environments: readonly E[], toId: string): E | null {
  const to = environments.find((e) => e.id === toId);
  if (!to) return null;
  return (
    environments
      .filter(
        (e) =>
          e.id !== to.id &&
          e.stagingOrder < to.stagingOrder &&
          canStage(e.platformVersion, to.platformVersion),
      )
      .sort((a, b) => b.stagingOrder - a.stagingOrder)[0] ?? null
  );
}
