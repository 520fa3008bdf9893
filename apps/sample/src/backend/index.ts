// Which backend the sample app talks to — the one switch (README "Two backends"):
//
//   VITE_GOVMINI_BACKEND=server  the reference server (apps/server) through the public HTTP
//                                clients, at VITE_GOVMINI_API_URL (default `/api`: the Vite
//                                dev server proxies it to GOVMINI_SERVER_URL, same origin).
//                                scripts/start-sample.sh starts both.
//   VITE_GOVMINI_BACKEND=memory  (default) in-browser memory services, no server: what the
//                                sample's e2e tests, Storybook and `--memory` use.
//
// Vite inlines the value at build time (vite.config.ts refuses any other value). ./services.ts
// makes the services of the chosen backend; the memory services stay beside their screens
// (src/dossier/backend.ts, src/feedback/backend.ts), which take the server's client instead in
// server mode. Light on purpose: the home page's code imports this.

export type BackendMode = 'server' | 'memory';

/**
 * Memory mode. A constant of the build: code under `if (inMemory)` (or `inMemory ? … : …`) and
 * whatever only it imports is left out of a server-mode build, so a province's app does not
 * ship the in-browser services.
 */
export const inMemory: boolean = import.meta.env.VITE_GOVMINI_BACKEND !== 'server';

export const backendMode: BackendMode = inMemory ? 'memory' : 'server';

/** The server's API base URL (server mode): the contracts live under it. */
export const serverApiUrl: string = (import.meta.env.VITE_GOVMINI_API_URL || '/api').replace(
  /\/+$/,
  '',
);
