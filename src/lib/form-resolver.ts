import { zodResolver } from '@hookform/resolvers/zod';
import './zod-english';

/** react-hook-form's zod resolver, with zod's own messages (those a schema does not write out) in English. */
export const formResolver = zodResolver;
