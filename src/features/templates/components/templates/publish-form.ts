import * as z from 'zod/mini';
import { TemplateVersionNumber } from '@/contract/templates';
import { checkPublishVersion } from '../../upgrade-rules';
import { isVersion, suggestNextVersion } from '@/lib/version-compare';

/**
 * The publish form: a version greater than the latest (segment by segment, 1.10 > 1.9) and notes.
 * The same rule the server applies, so its 422 rarely comes; when it does it lands on `version`.
 */
export function publishFormSchema(latest: string) {
  return z.object({
    version: z
      .pipe(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(
              1,
              `Give a version greater than the latest, ${latest}, such as ${suggestNextVersion(latest)}.`,
            ),
          ),
        TemplateVersionNumber,
      )
      .check(
        z.superRefine((version, ctx) => {
          if (!isVersion(version)) return;
          const refusal = checkPublishVersion(latest, version);
          if (refusal) ctx.addIssue({ code: 'custom', message: refusal.message });
        }),
      ),
    notes: z.string().check(z.trim(), z.maxLength(2000, 'Keep the notes under 2,000 characters.')),
  });
}

export interface PublishFormValues {
  version: string;
  notes: string;
}

/** Body fields the server may name in a 422, mapped to the form's fields. */
export function publishFieldOf(bodyField: string): keyof PublishFormValues | undefined {
  return bodyField === 'version' || bodyField === 'notes' ? bodyField : undefined;
}
