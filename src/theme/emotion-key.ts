/**
 * emotion's cache key: its classes are `css-<name>`, and the first screen's styles in the page
 * (scripts/first-screen-styles-plugin.ts) name it for emotion to adopt them. `css` is also the
 * only key emotion moves a server-rendered page's styles for.
 */
export const EMOTION_KEY = 'css';
