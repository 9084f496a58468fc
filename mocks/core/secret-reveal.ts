import type { Actor, FieldError } from '@/contract/common';
import type { Variables } from '@/contract/application-detail';
import { isSecretKey } from '@/contract/secrets';
import { problems } from './problems';

/** 422 naming every key asked for that is not secret: its value is answered in clear anyway. */
export function refuseNonSecret(keys: readonly string[]) {
  const errors: FieldError[] = keys.flatMap((key, i) =>
    isSecretKey(key)
      ? []
      : [
          {
            field: `fields.${String(i)}.key`,
            message: `${key} is not a secret: its value is answered in clear.`,
          },
        ],
  );
  if (errors.length > 0) {
    throw problems.unprocessable(
      'Only secret values can be revealed',
      'Ask only for keys that look secret: every other value is answered in clear.',
      errors,
    );
  }
}

export function valueOf(variables: Variables | undefined, key: string, where: string): string {
  const value = variables?.[key];
  if (value === undefined) throw problems.notFound('Secret', `${key} of ${where}`);
  return value;
}

export const actorOf = (user: Actor): Actor => ({ id: user.id, name: user.name });
