import { SectionCard } from '@/components/layout/section-card';
import { STRATEGY_TEXT } from '../../environment-rules';
import { ChecklistItem } from './checklist-item';
import { CloudUpgrade } from './cloud-upgrade';
import type { ExecutionView } from './execution-view';
import { ModulePreparation } from './module-preparation';
import { SelfManagedUpgrade } from './self-managed-upgrade';

/** Step 1: the Platform Server (or LifeTime), cloud or self-managed, then modules preparation. */
export function PlatformStep({ view }: { view: ExecutionView }) {
  const { env } = view;
  const lifeTime = env.kind === 'lifetime';
  const hosting =
    env.hosting === 'cloud'
      ? 'OutSystems Cloud: OutSystems upgrades it on your request.'
      : 'Self-managed: you run the upgrade, without OutSystems.';
  const strategy = STRATEGY_TEXT[env.strategy];
  return (
    <SectionCard
      level="h3"
      named
      title={lifeTime ? 'Step 1. Upgrade LifeTime' : 'Step 1. Upgrade the Platform Server'}
      subtitle={lifeTime ? hosting : `${hosting} ${strategy.label}: ${strategy.consequence}`}
    >
      {env.hosting === 'cloud' ? <CloudUpgrade view={view} /> : <SelfManagedUpgrade view={view} />}
      <ModulePreparation view={view} />
      <ChecklistItem view={view} itemId="ui-components" />
    </SectionCard>
  );
}
