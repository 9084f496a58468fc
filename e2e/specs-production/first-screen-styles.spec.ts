import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIRST_SCREEN_STYLES } from '../../scripts/first-screen-styles-plugin';
import { EMOTION_KEY } from '../../src/theme/emotion-key';
import { fixClock } from '../support/clock';
import { openAs, people } from '../support/production';
import { expect, test } from '../support/production-fixtures';

const HEADER = `/*
 * The rules the first screen's first render inserts (/applications at 1280 px, the administrator,
 * the seed), one per line, as emotion compiles them. The build puts them in the page for emotion
 * to adopt (scripts/first-screen-styles-plugin.ts). Written by its production e2e spec:
 * npm run styles:first-screen
 */
`;

declare global {
  interface Window {
    firstRenderStyles?: string[];
  }
}

/**
 * Records the rules emotion inserts into its sheet (not the global one) until the list's first row
 * is in the page. `fresh`: emotion does not adopt the page's own rules, so it inserts them all.
 */
function recordFirstRenderStyles({ key, fresh }: { key: string; fresh: boolean }) {
  const inserted: string[] = [];
  window.firstRenderStyles = inserted;
  let recording = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its sheet below
  const insertRule = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (rule: string, index?: number) {
    const owner = this.ownerNode;
    if (recording && owner instanceof HTMLElement && owner.dataset.emotion === key) {
      inserted.push(rule);
    }
    return insertRule.call(this, rule, index);
  };
  new MutationObserver((_, observer) => {
    if (fresh) {
      for (const style of document.querySelectorAll(`style[data-emotion^="${key} "]`)) {
        style.removeAttribute('data-emotion');
      }
    }
    if (document.querySelector('tbody tr')) {
      recording = false;
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

test('the first screen draws with the styles its page brought: its first render inserts none', async ({
  page,
  applicationsList,
}, testInfo) => {
  // --update-snapshots (or its `changed` form); Playwright's default, `missing`, only checks.
  const writing = ['all', 'changed'].includes(testInfo.config.updateSnapshots);
  await page.addInitScript(recordFirstRenderStyles, { key: EMOTION_KEY, fresh: writing });
  // The file must not depend on the day it is written or checked.
  await fixClock(page);
  await openAs(page, people.admin, '/applications');
  await expect(applicationsList.row('invoice-approvals')).toBeVisible();
  const inserted = await page.evaluate(() => window.firstRenderStyles ?? []);

  if (writing) {
    expect(inserted.length).toBeGreaterThan(100);
    writeFileSync(resolve(FIRST_SCREEN_STYLES), `${HEADER}${inserted.join('\n')}\n`);
    return;
  }
  expect(
    inserted,
    `The first screen's styles changed: write ${FIRST_SCREEN_STYLES} again (its header says how).`,
  ).toEqual([]);
});
