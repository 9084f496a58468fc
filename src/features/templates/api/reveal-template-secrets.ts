import { templateEndpoints } from '@/contract/template-endpoints';
import type { TemplateSecretField } from '@/contract/secret-reveal';
import { apiCall } from '@/lib/api-client';
import { queryKeysFactory } from '@/lib/query-keys';

const templateSecrets = queryKeysFactory('template-secrets');

/** Outside the template's own keys: refreshing a template must never read its secrets again. */
export const templateSecretKeys = {
  ...templateSecrets,
  reveal: (templateId: string, fields: object) =>
    [...templateSecrets.all, templateId, fields] as const,
};

/** Secret values of one version in clear, for holders of secrets:read; the server audits it. */
export function revealTemplateSecrets(
  templateId: string,
  version: string,
  fields: TemplateSecretField[],
  signal?: AbortSignal,
) {
  return apiCall(templateEndpoints.revealTemplateSecrets, {
    params: { templateId, version },
    body: { fields },
    signal,
  });
}
