import type { ComponentDiff } from '@/contract/template-diff';

/** Optional: a checkbox per component, e.g. "Upgrade redis" or "Restore web". */
export interface ComponentSelection {
  /** The verb before the name in each checkbox's label: "Upgrade" → "Upgrade redis". */
  verb: string;
  selected: readonly string[];
  onChange: (name: string, checked: boolean) => void;
  /** Components that get a checkbox (e.g. not the unchanged ones). */
  selectable: (component: ComponentDiff) => boolean;
  /** A refusal about a component (e.g. a missing dependency), shown at it. */
  problems?: Readonly<Record<string, string>>;
  disabled?: boolean;
}

export const diffRowId = (name: string) => `diff-component-${name}`;
