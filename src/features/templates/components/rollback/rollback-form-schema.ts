import * as z from 'zod/mini';
import { Comment } from '@/contract/common';

/**
 * The rollback form: the components come from the URL (the checkboxes), the comment is typed.
 * Sent as StartRollbackRequest with the application's revision.
 */
export const rollbackFormSchema = z.object({
  components: z
    .array(z.string())
    .check(z.minLength(1, 'Choose at least one component to restore.')),
  comment: Comment,
});
export type RollbackFormInput = z.input<typeof rollbackFormSchema>;
export type RollbackFormValues = z.output<typeof rollbackFormSchema>;
