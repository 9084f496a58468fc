import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The very axe-core that @axe-core/playwright injects: one version whichever way a page is scanned. */
const axeCore = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(axeCore.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = (axeCore('axe-core/package.json') as { version: string }).version;

interface ScanScope {
  include: string[];
  exclude: string[];
}

/**
 * axe in the page itself, loaded once per document. AxeBuilder.analyze() injects axe-core
 * afresh on every call, then opens a blank page and injects it again to merge the frames'
 * results: about 8x the time of the scan on a page without frames. A page with frames takes
 * AxeBuilder's route, which reaches into each of them.
 */
async function scanViolations(page: Page, { include, exclude }: ScanScope): Promise<Violation[]> {
  if (page.frames().length > 1) {
    let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
    for (const selector of include) builder = builder.include(selector);
    for (const selector of exclude) builder = builder.exclude(selector);
    return (await builder.analyze()).violations;
  }
  const loaded = await page.evaluate(
    (version) => (window as { axe?: { version?: string } }).axe?.version === version,
    AXE_VERSION,
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include, exclude }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(include.length > 0 ? { include, exclude } : { exclude }, {
        runOnly: { type: 'tag', values: tags },
        // Violations only: the passes' node lists are most of a result and nothing reads them.
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    { tags: A11Y_TAGS, include, exclude },
  );
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
      return scanViolations(page, { include, exclude });
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
