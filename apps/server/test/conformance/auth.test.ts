// @govmini/auth's conformance suite against this server over HTTP on 127.0.0.1, driven by the
// package's own HTTP client, with Zalo's side a fake Graph API server — on each database.
import { describeAuthServiceConformance } from '@govmini/auth/conformance';
import { testDatabases } from '../support/databases.ts';
import { startStack } from '../support/stack.ts';

for (const database of testDatabases()) {
  describeAuthServiceConformance(`apps/server over HTTP, ${database.name}`, async (setup) => {
    const stack = await startStack({ database, config: { sessionTtlMs: setup.sessionTtlMs } });
    const [citizen] = stack.users;
    if (!citizen) throw new Error('no citizen');
    return {
      service: stack.auth,
      validZaloToken: stack.zalo.issueAccessToken(citizen.id, { ttlMs: 24 * 60 * 60_000 }),
      issuePhoneToken: async () => stack.zalo.issuePhoneCode(citizen.id, '84912345678'),
      advanceTime: (ms) => stack.advance(ms),
      dispose: stack.close,
    };
  });
}
