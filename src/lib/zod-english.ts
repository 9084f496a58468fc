// zod/mini ships without messages: every issue it reports reads "Invalid input" until a locale is
// configured (classic zod configured English for itself). Imported for this effect by what shows
// zod's own messages to people, the forms' resolver and the simulator's field errors, not by the
// first screen, whose messages are all written out.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
