import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { settled } from './settled';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yOptions {
  /** Names the scan in the report, e.g. "applications list, dark theme". */
  name: string;
  /** Scan only inside these selectors (default: the whole page). */
  include?: string[];
  /** Leave these selectors out, e.g. a third-party widget; say why at the call site. */
  exclude?: string[];
}

export type CheckA11y = (page: Page, options: A11yOptions) => Promise<void>;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];
type Target = Violation['nodes'][number]['target'];

/** `iframe >>> shadow host >>> element` selectors as one readable string. */
function formatTarget(target: Target): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' -> ');
}

function describeViolation(violation: Violation): string {
  const targets = violation.nodes.map((node) => `      ${formatTarget(node.target)}`);
  return [
    `${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help} (${violation.helpUrl})`,
    ...targets,
  ].join('\n');
}

export function createCheckA11y(testInfo: TestInfo): CheckA11y {
  return async (page, { name, include = [], exclude = [] }) => {
    const scan = async () => {
      // A toast or menu still fading in has a blended colour: scan what a person sees.
      await settled(page);
      let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
      for (const selector of include) builder = builder.include(selector);
      for (const selector of exclude) builder = builder.exclude(selector);
      return (await builder.analyze()).violations;
    };
    // Something that starts to appear during the scan (a toast arriving from a poll) is seen
    // mid-transition: a real violation is still there when the page is scanned again.
    let violations = await scan();
    if (violations.length > 0) violations = await scan();
    if (violations.length > 0) {
      await testInfo.attach(`axe-${name}.json`, {
        body: JSON.stringify(violations, null, 2),
        contentType: 'application/json',
      });
    }
    expect(
      violations.map(describeViolation),
      `axe (${A11Y_TAGS.join(', ')}) found ${String(violations.length)} violation(s) on "${name}"`,
    ).toEqual([]);
  };
}
