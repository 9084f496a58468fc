import type { Connector, Service, Variables } from '@/contract/application-detail';
import { SECRET_MASK, isSecretKey } from '@/contract/secrets';
import type { DiffResult } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import type { FieldProblem } from '@/features/applications/connector-rules';

/**
 * Secrets are write-only (ADR 0010): every answer carries SECRET_MASK in place of a secret
 * value, whoever asks; only the reveal endpoints read one, and they are audited.
 */
export function maskVariables(variables: Variables): Variables {
  return Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [key, isSecretKey(key) ? SECRET_MASK : value]),
  );
}

export const maskOwner = <T extends { variables: Variables }>(owner: T): T => ({
  ...owner,
  variables: maskVariables(owner.variables),
});

export const maskComponent = (c: TemplateComponent): TemplateComponent => ({
  ...c,
  env: maskVariables(c.env),
});

/** Which template version each side of a component is, so its secrets can be revealed. */
export type SideVersions = (name: string) => { before: string | null; after: string | null };

/**
 * A diff computed on the real values (a rotated secret is still "changed"), answered with both
 * sides of every secret masked and the version each side comes from.
 */
export function maskDiff<D extends DiffResult>(diff: D, versions: SideVersions): D {
  return {
    ...diff,
    components: diff.components.map((c) => {
      const { before, after } = versions(c.name);
      return {
        ...c,
        before: c.before && maskComponent(c.before),
        after: c.after && maskComponent(c.after),
        beforeVersion: c.before ? before : null,
        afterVersion: c.after ? after : null,
        fields: c.fields.map((f) =>
          f.field === 'env' && f.secret
            ? {
                ...f,
                before: f.before === null ? null : SECRET_MASK,
                after: f.after === null ? null : SECRET_MASK,
                segments: [],
              }
            : f,
        ),
      };
    }),
  };
}

/**
 * Write-only semantics of an upgrade: the mask sent for a secret the owner (a deployed service
 * or connector of that name) holds means "unchanged", so the stored value is put back. For a
 * secret with nothing stored (a new connector or key) it stands for nothing: a 422 there.
 */
export function unmaskOwners<T extends { name: string; variables: Variables }>(
  sent: readonly T[],
  stored: readonly (Service | Connector)[],
  prefix: string,
): { owners: T[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const owners = sent.map((owner, i) => {
    const was = stored.find((s) => s.name === owner.name);
    const variables: Variables = {};
    for (const [key, value] of Object.entries(owner.variables)) {
      const kept = was?.variables[key];
      // Only secret values are ever masked: elsewhere the bullets are just text.
      if (value !== SECRET_MASK || !isSecretKey(key)) variables[key] = value;
      else if (kept !== undefined) variables[key] = kept;
      else {
        variables[key] = value;
        problems.push({
          field: `${prefix}.${String(i)}.variables.${key}`,
          message: `Type the value: ${SECRET_MASK} keeps a deployed secret, and ${
            was ? `${owner.name} has no ${key} deployed` : `${owner.name} is not deployed yet`
          }.`,
        });
      }
    }
    return { ...owner, variables };
  });
  return { owners, problems };
}
