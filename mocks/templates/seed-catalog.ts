import type { TemplateComponent } from '@/contract/templates';
import { retailPlatform } from './seed-large';
import { observabilityStack } from './seed-observability';
import { spacetechPortal, teamWiki } from './seed-spacetech';

/**
 * The components of every seeded template version, built once from code rather than stored:
 * the simulator saves only what was published in it, so the large template never reaches
 * localStorage. Frozen: nothing may change a published version.
 */
interface Catalog {
  versions: Map<string, TemplateComponent[]>;
  /** The source application, when it differs from the latest version. */
  source?: TemplateComponent[];
}

const builders: Record<string, () => Catalog> = {
  'tpl-spacetech-portal': () => spacetechPortal,
  'tpl-observability-stack': () => observabilityStack,
  'tpl-retail-platform': () => retailPlatform,
  'tpl-team-wiki': () => teamWiki,
};

const built = new Map<string, Catalog>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    for (const child of children) deepFreeze(child);
  }
  return value;
}

function catalogOf(templateId: string): Catalog | undefined {
  const cached = built.get(templateId);
  if (cached) return cached;
  const build = builders[templateId];
  if (!build) return undefined;
  const catalog = deepFreeze(build());
  built.set(templateId, catalog);
  return catalog;
}

export function seededVersionComponents(
  templateId: string,
  version: string,
): TemplateComponent[] | undefined {
  return catalogOf(templateId)?.versions.get(version);
}

export function seededSourceComponents(templateId: string): TemplateComponent[] | undefined {
  return catalogOf(templateId)?.source;
}

/** For a benchmark of the diff: the large template's last two versions. */
export function largeTemplateDiffInput(): {
  before: TemplateComponent[];
  after: TemplateComponent[];
} {
  const versions = catalogOf('tpl-retail-platform')?.versions;
  const before = versions?.get('2.1');
  const after = versions?.get('2.2');
  if (!before || !after) throw new Error('retail-platform 2.1 and 2.2 are seeded');
  return { before, after };
}
