import { SECRET_MASK } from '@/contract/secrets';

/** The contract decides which keys are secret: the API masks them, the console too. */
export { isSecretKey } from '@/contract/secrets';

/** Bullets in place of a hidden value: the very mask the API answers for a secret. */
export const MASK = SECRET_MASK;
