// The sample's build-time switches (README "Two backends"); Vite inlines them.
declare global {
  interface ImportMetaEnv {
    /** `server`: the reference server through /api; `memory` (default): in-browser services. */
    readonly VITE_GOVMINI_BACKEND?: 'server' | 'memory';
    /** The server's API base URL in server mode (default `/api`, the dev server's proxy). */
    readonly VITE_GOVMINI_API_URL?: string;
  }
}

export {};
