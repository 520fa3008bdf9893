// Fees in the staff console: the officer who finds a transfer on the account statement
// confirms it ("Xác nhận đã nhận tiền"; at status 6 processing resumes), or sends a reported
// transfer back ("Chưa nhận được tiền") with the reason the citizen reads. The rules are the
// desk's (services/dossier/payments.ts): a refused move is a 409 `not_allowed`, as for status
// changes. Behind the staff session, with our origin and the CSRF token (auth-routes.ts).
import type { Hono } from 'hono';
import type { ServerContext } from '../context.ts';
import { jsonBody, type StaffEnv } from './auth-routes.ts';
import { dossierDetail } from './dossier-routes.ts';
import { invalidRequest, staffError } from './errors.ts';
import { cleanText, textIssue } from './transition-input.ts';
import { STAFF_LIMITS } from './transitions.ts';

export function mountPaymentRoutes(api: Hono<StaffEnv>, deps: { context: ServerContext }) {
  const { context } = deps;

  api.post('/dossiers/:code/payment', async (c) => {
    const code = c.req.param('code');
    const body = await jsonBody(c);
    const staff = c.get('staff');
    const desk = context.dossierOfficer.as({ id: staff.id });
    if (body.action === 'confirm') {
      await desk.confirmPayment(code);
    } else if (body.action === 'decline') {
      const reason = cleanText(body.reason);
      const issue = textIssue('reason', reason, STAFF_LIMITS.reason, true);
      if (issue) throw invalidRequest([issue]);
      await desk.declineTransfer(code, reason);
    } else {
      throw staffError('unknown');
    }
    context.log.info('staff.dossier_payment', { staff: staff.id, code, action: body.action });
    return c.json(await dossierDetail(context, code));
  });
}
