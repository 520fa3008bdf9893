// @govmini/dossier's conformance suite against this server over HTTP on 127.0.0.1, through the
// package's HTTP client: two citizens signed in through the auth contract, an invalid session
// that really was a session (signed out), and the officers' desk acting on the database.
import { describeDossierServiceConformance } from '@govmini/dossier/conformance';
import { testDatabases } from '../support/databases.ts';
import { startStack } from '../support/stack.ts';

for (const database of testDatabases()) {
  describeDossierServiceConformance(`apps/server over HTTP, ${database.name}`, async (setup) => {
    const stack = await startStack({
      database,
      startAt: setup.startAt,
      procedures: setup.procedures,
    });
    const citizens = [await stack.signIn(0), await stack.signIn(1)] as const;
    const revoked = await stack.signIn(0);
    await stack.auth.signOut(revoked);
    return {
      service: stack.dossier,
      citizens,
      invalidSession: revoked,
      officer: stack.context.dossierOfficer,
      dispose: stack.close,
    };
  });
}
