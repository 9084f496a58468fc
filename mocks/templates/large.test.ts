import { applyDiff } from '@/features/templates/template-diff-apply';
import { diffTemplate } from '@/features/templates/template-diff';
import { largeTemplateDiffInput } from './seed-catalog';

// Correctness only: a benchmark can time diffTemplate on largeTemplateDiffInput() later.
describe('the large template (retail-platform 2.1 → 2.2)', () => {
  const { before, after } = largeTemplateDiffInput();

  it('has hundreds of components', () => {
    expect(before.length).toBeGreaterThan(300);
    expect(after.length).toBeGreaterThan(300);
  });

  it('diffs to exactly its changes, and applying the diff gives 2.2 back', () => {
    const diff = diffTemplate(before, after);
    const names = (change: string) =>
      diff.components.filter((c) => c.change === change).map((c) => c.name);
    expect(names('added')).toEqual(['customers-consent', 'inventory-forecast', 'returns-label']);
    expect(names('removed')).toEqual(['promotions-importer', 'reviews-reporter']);
    expect(diff.summary.unchanged + diff.summary.changed).toBe(before.length - 2);
    const auth = diff.components.find((c) => c.name === 'auth-api');
    expect(auth?.fields).toContainEqual(
      expect.objectContaining({ field: 'env', key: 'TOKEN_TTL', change: 'added', after: '15m' }),
    );
    expect(applyDiff(before, diff)).toEqual(after);
  });

  it('leaves out its whitespace-only changes when asked', () => {
    const plain = diffTemplate(before, after);
    const ws = diffTemplate(before, after, { ignoreWhitespace: true });
    const fields = (d: typeof plain, name: string) =>
      d.components.find((c) => c.name === name)?.fields.map((f) => f.field) ?? [];
    for (const name of ['catalog-api', 'orders-api', 'pricing-api']) {
      expect(fields(plain, name)).toContain('env');
      expect(fields(ws, name)).not.toContain('env');
    }
    expect(ws.summary.changed).toBeLessThan(plain.summary.changed);
  });
});
