import * as z from 'zod/mini';
import { ComponentName } from './templates';

/** How many values one reveal may ask for: every secret of both sides of a large diff fits. */
const MAX_FIELDS = 5000;

const SecretKey = z.string().check(z.minLength(1), z.maxLength(128)).register(z.globalRegistry, {
  description: 'A variable name that looks secret; any other is a 422',
});

export const SecretOwnerKind = z.enum(['service', 'connector']);
export type SecretOwnerKind = z.infer<typeof SecretOwnerKind>;

const ApplicationSecretField = z.object({
  owner: SecretOwnerKind,
  name: z
    .string()
    .check(z.minLength(1), z.maxLength(128))
    .register(z.globalRegistry, { description: 'The service or connector' }),
  key: SecretKey,
});
export type ApplicationSecretField = z.infer<typeof ApplicationSecretField>;

export const RevealApplicationSecretsRequest = z
  .object({
    fields: z.array(ApplicationSecretField).check(z.minLength(1), z.maxLength(MAX_FIELDS)),
  })
  .register(z.globalRegistry, {
    id: 'RevealApplicationSecretsRequest',
    description: 'Secret variables of services or connectors to read in clear',
  });
export type RevealApplicationSecretsRequest = z.infer<typeof RevealApplicationSecretsRequest>;

export const RevealedApplicationSecrets = z
  .object({
    values: z
      .array(z.extend(ApplicationSecretField, { value: z.string() }))
      .register(z.globalRegistry, {
        description:
          'One per field asked for, in the same order. The reveal is recorded in the audit trail, without the values.',
      }),
  })
  .register(z.globalRegistry, { id: 'RevealedApplicationSecrets' });
export type RevealedApplicationSecrets = z.infer<typeof RevealedApplicationSecrets>;

const TemplateSecretField = z.object({ component: ComponentName, key: SecretKey });
export type TemplateSecretField = z.infer<typeof TemplateSecretField>;

export const RevealTemplateSecretsRequest = z
  .object({
    fields: z.array(TemplateSecretField).check(z.minLength(1), z.maxLength(MAX_FIELDS)),
  })
  .register(z.globalRegistry, {
    id: 'RevealTemplateSecretsRequest',
    description: "Secret environment variables of the version's components to read in clear",
  });
export type RevealTemplateSecretsRequest = z.infer<typeof RevealTemplateSecretsRequest>;

export const RevealedTemplateSecrets = z
  .object({
    values: z
      .array(z.extend(TemplateSecretField, { value: z.string() }))
      .register(z.globalRegistry, {
        description:
          'One per field asked for, in the same order. The reveal is recorded in the audit trail, without the values.',
      }),
  })
  .register(z.globalRegistry, { id: 'RevealedTemplateSecrets' });
export type RevealedTemplateSecrets = z.infer<typeof RevealedTemplateSecrets>;

/** `action` of the audit entries the reveal endpoints write. */
export const secretRevealActions = {
  application: 'application.secrets.reveal',
  template: 'template.secrets.reveal',
} as const;
