import type { TemplateSecretField } from '@/contract/secret-reveal';
import type { ComponentDiff, DiffResult } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { isSecretKey } from '@/lib/secrets';

type Diff = Pick<DiffResult, 'summary' | 'components'>;

/** Revealed values by version, component and key. */
export type RevealedValues = Record<string, string>;

export const revealedKey = (version: string, component: string, key: string) =>
  JSON.stringify([version, component, key]);

const sides = (c: ComponentDiff) =>
  [
    [c.before, c.beforeVersion],
    [c.after, c.afterVersion],
  ] as const;

/** Whether any side of the diff has a secret and the version it comes from: one to reveal. */
export function hasRevealableSecret(diff: Diff): boolean {
  return diff.components.some((c) =>
    sides(c).some(
      ([component, version]) =>
        component !== null && Boolean(version) && Object.keys(component.env).some(isSecretKey),
    ),
  );
}

/**
 * The secrets a diff holds, masked, by the template version each side comes from: what one
 * "Reveal secrets" asks the server for. A side without a version cannot be revealed.
 */
export function secretFieldsOf(diff: Diff): Record<string, TemplateSecretField[]> {
  const byVersion: Record<string, TemplateSecretField[]> = {};
  const seen = new Set<string>();
  for (const c of diff.components) {
    for (const [component, version] of sides(c)) {
      if (!component || !version) continue;
      for (const key of Object.keys(component.env).filter(isSecretKey)) {
        const id = revealedKey(version, c.name, key);
        if (seen.has(id)) continue;
        seen.add(id);
        (byVersion[version] ??= []).push({ component: c.name, key });
      }
    }
  }
  return byVersion;
}

function revealEnv(
  component: TemplateComponent | null,
  version: string | null | undefined,
  values: RevealedValues,
): TemplateComponent | null {
  if (!component || !version) return component;
  const env = Object.fromEntries(
    Object.entries(component.env).map(([key, value]) => [
      key,
      isSecretKey(key) ? (values[revealedKey(version, component.name, key)] ?? value) : value,
    ]),
  );
  return { ...component, env };
}

/** The diff with every secret the server revealed in place of its mask; the rest stays masked. */
export function revealDiff<D extends Diff>(diff: D, values: RevealedValues): D {
  const components = diff.components.map((c): ComponentDiff => {
    const value = (version: string | null | undefined, key: string, masked: string | null) =>
      masked === null || !version ? masked : (values[revealedKey(version, c.name, key)] ?? masked);
    return {
      ...c,
      before: revealEnv(c.before, c.beforeVersion, values),
      after: revealEnv(c.after, c.afterVersion, values),
      fields: c.fields.map((f) =>
        f.field === 'env' && f.secret
          ? {
              ...f,
              before: value(c.beforeVersion, f.key, f.before),
              after: value(c.afterVersion, f.key, f.after),
            }
          : f,
      ),
    };
  });
  return { ...diff, components };
}
