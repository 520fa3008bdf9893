// Dev mode lets anyone sign in as a simulated citizen without a Zalo account: a simulated
// Zalo Graph on 127.0.0.1 vouches for the simulated platform's test citizens. That must never
// happen on a real server, so everything under src/dev/ checks this guard before it starts,
// and nothing outside src/dev/ (main.ts, the services, the HTTP app) imports src/dev/.

/** Why dev mode did not start, for the person at the terminal. */
export const DEV_MODE_REFUSED =
  'GovMini dev mode refused: NODE_ENV=production. Dev mode starts a SIMULATED Zalo that signs ' +
  'anyone in as a test citizen without a Zalo account; it must never run in production. ' +
  'Start the real server instead: pnpm --filter @govmini/server start';

export class DevModeRefusedError extends Error {
  override readonly name = 'DevModeRefusedError';
  constructor() {
    super(DEV_MODE_REFUSED);
  }
}

/** Throws DevModeRefusedError when the environment says production. */
export function assertDevModeAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if ((env.NODE_ENV ?? '').trim().toLowerCase() === 'production') throw new DevModeRefusedError();
}
