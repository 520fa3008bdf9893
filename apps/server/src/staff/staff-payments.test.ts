// Fees in the staff API: the inbox filter "Chờ xác nhận thanh toán" and its badge, the officer
// confirming a transfer or sending it back with a reason, what the citizen then sees, and who
// may do it — only a signed-in officer, from the console's origin, with its CSRF token.
import { CONFORMANCE_PROCEDURE } from '@govmini/dossier/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaffSession, type StaffWorld, startStaffWorld } from './testing.ts';
import type { DossierDetail, DossierRow, PageOf } from './wire.ts';

let world: StaffWorld;
let officer: StaffSession;
let citizen: string;
beforeAll(async () => {
  world = await startStaffWorld();
  officer = await world.login();
  citizen = await world.citizen('cong-dan-1');
});
afterAll(async () => {
  await world?.close();
});

const FEE = CONFORMANCE_PROCEDURE.fee;
const AMOUNT = FEE.kind === 'fixed' ? FEE.amount : 0;
const REASON = 'Chưa thấy khoản chuyển trên sao kê ngày 01/12. Vui lòng kiểm tra lại nội dung.';

const decide = (code: string, body: unknown, session: StaffSession | undefined = officer) =>
  world.staff(session, 'POST', `/dossiers/${encodeURIComponent(code)}/payment`, body);
const detailOf = async (code: string) =>
  (await (await world.staff(officer, 'GET', `/dossiers/${code}`)).json()) as DossierDetail;
const list = async (query: string) =>
  (await (await world.staff(officer, 'GET', `/dossiers${query}`)).json()) as PageOf<DossierRow>;

/** A dossier with its fee due from filing; `reported`: the citizen said they transferred. */
async function dossier(reported = false): Promise<string> {
  const { code, payment } = await world.fileDossier(citizen);
  expect(payment?.status).toBe('unpaid');
  if (reported) await world.dossiers.reportTransfer(citizen, code);
  return code;
}

describe('the inbox', () => {
  it('filters the transfers waiting for a check, and badges each row with its payment', async () => {
    const waiting = await dossier(true);
    const unpaid = await dossier();
    const pending = await list('?payment=pending_confirmation');
    expect(pending.items.map((d) => d.code)).toContain(waiting);
    expect(pending.items.map((d) => d.code)).not.toContain(unpaid);
    expect(pending.items.every((d) => d.paymentStatus === 'pending_confirmation')).toBe(true);
    const all = await list('');
    expect(all.items.find((d) => d.code === unpaid)?.paymentStatus).toBe('unpaid');
    expect((await list('?payment=unpaid&status=1')).items.map((d) => d.code)).toContain(unpaid);
    for (const query of ['?payment=da_tra', '?payment=PAID']) {
      expect((await world.staff(officer, 'GET', `/dossiers${query}`)).status, query).toBe(400);
    }
  });
});

describe('confirming', () => {
  it('marks a reported transfer paid; the citizen sees it, not who confirmed it', async () => {
    const code = await dossier(true);
    const response = await decide(code, { action: 'confirm' });
    expect(response.status).toBe(200);
    const { dossier: after } = (await response.json()) as DossierDetail;
    expect(after.payment).toMatchObject({ status: 'paid', amount: AMOUNT });
    expect(Number.isNaN(Date.parse(after.payment?.confirmedAt ?? ''))).toBe(false);
    const mine = await world.dossiers.get(citizen, code);
    expect(mine.payment).toEqual(after.payment);
    const row = await world.context.db
      .selectFrom('dossiers')
      .select(['payment_actor', 'payment_status'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const admin = (await world.context.staffAccounts.list()).find((s) => s.username === 'admin');
    expect(row).toEqual({ payment_actor: admin?.id, payment_status: 'paid' });
    expect(JSON.stringify(mine)).not.toContain(admin?.id ?? '??');
    // Twice is the same confirmation; the filter no longer lists it.
    expect((await decide(code, { action: 'confirm' })).status).toBe(200);
    expect((await detailOf(code)).dossier.payment).toEqual(after.payment);
    const pending = await list('?payment=pending_confirmation');
    expect(pending.items.map((d) => d.code)).not.toContain(code);
  });

  it('at status 6, confirming the fee asked resumes processing, with the history note', async () => {
    const code = await dossier();
    const move = (to: number, extra = {}) =>
      world.staff(officer, 'POST', `/dossiers/${code}/status`, { to, ...extra });
    expect((await move(2)).status).toBe(200);
    expect((await move(6, { amount: 35_000 })).status).toBe(200);
    const due = await world.dossiers.get(citizen, code);
    expect(due.payment).toMatchObject({ status: 'unpaid', amount: 35_000 });
    await world.dossiers.reportTransfer(citizen, code);
    const response = await decide(code, { action: 'confirm' });
    expect(response.status).toBe(200);
    const { dossier: after, transitions } = (await response.json()) as DossierDetail;
    expect(after.status).toBe(4);
    expect(after.payment?.status).toBe('paid');
    expect(after.history.at(-1)).toMatchObject({ status: 4, note: 'Đã nhận phí, lệ phí.' });
    expect(transitions.map((t) => t.to)).toEqual([5, 6, 8, 9]);
  });
});

describe('sending a transfer back', () => {
  it('needs the reason the citizen reads, and only for a reported transfer', async () => {
    const unpaid = await dossier();
    const refused = await decide(unpaid, { action: 'decline', reason: REASON });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('not_allowed');

    const code = await dossier(true);
    for (const reason of [undefined, '', '   ']) {
      const response = await decide(code, { action: 'decline', reason });
      expect(response.status).toBe(422);
      expect((await response.json()).error.issues).toEqual([{ path: 'reason', code: 'required' }]);
    }
    const long = await decide(code, { action: 'decline', reason: 'x'.repeat(2001) });
    expect((await long.json()).error.issues).toEqual([
      { path: 'reason', code: 'too_long', params: { max: 2000 } },
    ]);
    expect((await detailOf(code)).dossier.payment?.status).toBe('pending_confirmation');

    const response = await decide(code, { action: 'decline', reason: `  ${REASON} ` });
    expect(response.status).toBe(200);
    const mine = await world.dossiers.get(citizen, code);
    expect(mine.payment).toMatchObject({ status: 'unpaid', note: REASON });
    expect(mine.payment?.reportedAt).toBeUndefined();
    // The citizen tries again; the office finds it this time.
    await world.dossiers.reportTransfer(citizen, code);
    expect((await decide(code, { action: 'confirm' })).status).toBe(200);
    expect((await world.dossiers.get(citizen, code)).payment?.status).toBe('paid');
  });

  it('refuses anything but confirm or decline, and dossiers that are closed or unknown', async () => {
    const code = await dossier(true);
    for (const body of [{}, { action: 'refund' }, { action: 'CONFIRM' }]) {
      expect((await decide(code, body)).status, JSON.stringify(body)).toBe(400);
    }
    await world.dossiers.cancel(citizen, code, 'Tôi nộp nhầm thủ tục.');
    const closed = await decide(code, { action: 'confirm' });
    expect(closed.status).toBe(409);
    expect((await world.dossiers.get(citizen, code)).payment?.status).toBe('pending_confirmation');
    expect((await decide('000.00.06.H56-990101-9999', { action: 'confirm' })).status).toBe(404);
  });
});

describe('who may', () => {
  it('only a signed-in officer, from the console, with its CSRF token', async () => {
    const code = await dossier(true);
    const path = `/dossiers/${encodeURIComponent(code)}/payment`;
    const body = { action: 'confirm' };
    // No staff session at all, or a citizen's bearer token instead.
    expect((await world.staff(undefined, 'POST', path, body)).status).toBe(401);
    const asCitizen = await world.staff(undefined, 'POST', path, body, {
      authorization: `Bearer ${citizen}`,
    });
    expect(asCitizen.status).toBe(401);
    // A session cookie, but no CSRF token, someone else's token, or another origin.
    const other = await world.login();
    for (const headers of [
      { 'x-csrf-token': '' },
      { 'x-csrf-token': other.csrfToken },
      { origin: 'https://example.com' },
    ]) {
      const response = await world.staff(officer, 'POST', path, body, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await world.dossiers.get(citizen, code)).payment?.status).toBe('pending_confirmation');
    expect((await world.staff(officer, 'POST', path, body)).status).toBe(200);
  });
});
