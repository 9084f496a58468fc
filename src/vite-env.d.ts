/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  /** 'true' starts the in-browser simulator (standalone mode). */
  readonly VITE_API_MOCKING?: string;
  readonly VITE_API_TIMEOUT_MS?: string;
  /** Where a real deployment sends people to sign in. */
  readonly VITE_SIGN_IN_URL?: string;
  /** Where a real deployment ends a session (POST). */
  readonly VITE_SIGN_OUT_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
