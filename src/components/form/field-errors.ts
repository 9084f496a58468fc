import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '@/lib/problem';

const isMessage = (value: unknown): value is { message: string } =>
  typeof value === 'object' &&
  value !== null &&
  'message' in value &&
  typeof value.message === 'string';

/**
 * Messages of an array field's items by position. react-hook-form types a field's error as one
 * FieldError, but for an array it holds one per failing item: { 1: { message } }.
 */
export function itemErrorMessages(error: unknown): Record<number, string> {
  const found: Record<number, string> = {};
  if (typeof error !== 'object' || error === null) return found;
  for (const [key, value] of Object.entries(error)) {
    if (/^\d+$/.test(key) && isMessage(value)) found[Number(key)] = value.message;
  }
  return found;
}

export interface PlacedErrors<T extends FieldValues> {
  /** Form fields that got a message, in the order the server sent them. */
  fields: FieldPath<T>[];
  /** Messages no field of the form owns: show them with the form's own problem. */
  unplaced: string[];
}

/**
 * Puts a refusal's field errors (keyed like the request body) on the form's fields, so each
 * shows where it can be fixed. `fieldOf` maps a body path to a form path, or undefined.
 */
export function setServerErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fieldOf: (bodyField: string) => FieldPath<T> | undefined,
): PlacedErrors<T> {
  const placed: PlacedErrors<T> = { fields: [], unplaced: [] };
  for (const [bodyField, message] of Object.entries(error.fieldErrors)) {
    const name = fieldOf(bodyField);
    if (name === undefined) {
      placed.unplaced.push(message);
      continue;
    }
    setError(name, { type: 'server', message });
    placed.fields.push(name);
  }
  return placed;
}
