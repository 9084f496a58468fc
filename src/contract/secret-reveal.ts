import { z } from 'zod';
import { ComponentName } from './templates';

/** How many values one reveal may ask for: every secret of both sides of a large diff fits. */
const MAX_FIELDS = 5000;

const SecretKey = z
  .string()
  .min(1)
  .max(128)
  .meta({ description: 'A variable name that looks secret; any other is a 422' });

export const SecretOwnerKind = z.enum(['service', 'connector']);
export type SecretOwnerKind = z.infer<typeof SecretOwnerKind>;

const ApplicationSecretField = z.object({
  owner: SecretOwnerKind,
  name: z.string().min(1).max(128).meta({ description: 'The service or connector' }),
  key: SecretKey,
});
export type ApplicationSecretField = z.infer<typeof ApplicationSecretField>;

export const RevealApplicationSecretsRequest = z
  .object({ fields: z.array(ApplicationSecretField).min(1).max(MAX_FIELDS) })
  .meta({
    id: 'RevealApplicationSecretsRequest',
    description: 'Secret variables of services or connectors to read in clear',
  });
export type RevealApplicationSecretsRequest = z.infer<typeof RevealApplicationSecretsRequest>;

export const RevealedApplicationSecrets = z
  .object({
    values: z.array(ApplicationSecretField.extend({ value: z.string() })).meta({
      description:
        'One per field asked for, in the same order. The reveal is recorded in the audit trail, without the values.',
    }),
  })
  .meta({ id: 'RevealedApplicationSecrets' });
export type RevealedApplicationSecrets = z.infer<typeof RevealedApplicationSecrets>;

const TemplateSecretField = z.object({ component: ComponentName, key: SecretKey });
export type TemplateSecretField = z.infer<typeof TemplateSecretField>;

export const RevealTemplateSecretsRequest = z
  .object({ fields: z.array(TemplateSecretField).min(1).max(MAX_FIELDS) })
  .meta({
    id: 'RevealTemplateSecretsRequest',
    description: "Secret environment variables of the version's components to read in clear",
  });
export type RevealTemplateSecretsRequest = z.infer<typeof RevealTemplateSecretsRequest>;

export const RevealedTemplateSecrets = z
  .object({
    values: z.array(TemplateSecretField.extend({ value: z.string() })).meta({
      description:
        'One per field asked for, in the same order. The reveal is recorded in the audit trail, without the values.',
    }),
  })
  .meta({ id: 'RevealedTemplateSecrets' });
export type RevealedTemplateSecrets = z.infer<typeof RevealedTemplateSecrets>;

/** `action` of the audit entries the reveal endpoints write. */
export const secretRevealActions = {
  application: 'application.secrets.reveal',
  template: 'template.secrets.reveal',
} as const;
