// @govmini/feedback's conformance suite against this server over HTTP on 127.0.0.1, through the
// package's HTTP client, with every capability declared: two citizens whose Zalo ids and
// phone numbers (exchanged through Zalo, so the server holds them) must never reach a public
// answer, location tokens exchanged through the fake Zalo, the officers' desk, and photo URLs
// loaded the way an <img> loads them (the clock moved past the signed links' life).
import { describeFeedbackServiceConformance } from '@govmini/feedback/conformance';
import { SIGNED_LINK_MAX_LIFE_MS } from '../../src/http/file-links.ts';
import { testDatabases } from '../support/databases.ts';
import { startStack } from '../support/stack.ts';

const PHONES = ['84912345678', '84987654321'] as const;

for (const database of testDatabases()) {
  describeFeedbackServiceConformance(`apps/server over HTTP, ${database.name}`, {
    async make(fixture) {
      const stack = await startStack({
        database,
        startAt: fixture.startAt,
        categories: fixture.categories,
      });
      const citizens = await Promise.all(
        stack.users.map(async (user, index) => {
          const session = await stack.signIn(index);
          const phone = PHONES[index] ?? '84900000000';
          await stack.auth.exchangePhoneToken(session, stack.zalo.issuePhoneCode(user.id, phone));
          return {
            session,
            name: user.name,
            secrets: [user.id, `+${phone}`, `0${phone.slice(2)}`, session],
          };
        }),
      );
      const revoked = await stack.signIn(0);
      await stack.auth.signOut(revoked);
      const desk = stack.context.feedbackOfficer;
      const [first] = stack.users;
      return {
        service: stack.feedback,
        citizens: citizens as never,
        invalidSession: revoked,
        agency: {
          receive: (id) => desk.receive(id),
          // An officer always writes the answer; the suite sometimes leaves it to the backend.
          answer: (id, answer) =>
            desk.answer(id, { text: answer?.text ?? 'Cơ quan đã kiểm tra và xử lý xong.' }),
          reject: (id, reason) => desk.reject(id, reason),
          close: (id) => desk.close(id),
        },
        issueLocationToken: (point) => stack.zalo.issueLocationCode(first?.id ?? '', point),
        photoLimitBytes: stack.context.config.limits.photoBytes,
        // Past every signed photo link; sessions (an hour here) stay live.
        expirePhotoUrls: () => stack.advance(SIGNED_LINK_MAX_LIFE_MS + 60_000),
        dispose: stack.close,
      };
    },
  });
}
