import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export type Shot = (name: string) => Promise<void>;

/** "Applications list / dark" → "applications-list-dark". */
export function screenFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new Error(`shot("${name}"): give the screenshot a name with letters or digits`);
  return `${slug}.png`;
}

/** Full-page screenshot, attached to the report and kept in test-results/screens/ to look at. */
export function createShot(page: Page, testInfo: TestInfo): Shot {
  return async (name) => {
    const file = screenFileName(name);
    const body = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await testInfo.attach(name, { body, contentType: 'image/png' });
    const dir = join(testInfo.project.outputDir, 'screens');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, file), body);
  };
}
