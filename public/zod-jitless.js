// zod compiles object parsers with `new Function` when it may, and even its probe for that is a
// violation of a Content-Security-Policy without 'unsafe-eval' (the one a deployment sends). It
// probes as schemas are built, while the app's modules load, so this runs first (index.html),
// on its own: zod takes its configuration from this global.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
