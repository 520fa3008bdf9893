/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The province backend (the HTTP contracts of @govmini/auth, dossier and feedback), e.g.
   * https://dichvucong.example.gov.vn/api. Unset: everything runs in the browser, in memory.
   */
  readonly VITE_GOVMINI_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
