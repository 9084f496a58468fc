/** When the worker's script began to run (its first module): what came after is evaluation. */
export const scriptStart = performance.now();
