// The dossier inbox for officers: the list with filters, one dossier with its answers under
// the procedure's questions, its files, and status changes. A change is checked against the
// transition table and its required fields here (422 with issues), then made through
// context.dossierOfficer as the signed-in officer, which enforces the status rules again in
// its transaction (409 when someone else moved the dossier first).
import {
  type DossierStatusCode,
  PAYMENT_STATUSES,
  type PaymentStatus,
} from '@govmini/dossier/core';
import type { Hono } from 'hono';
import type { ServerContext } from '../context.ts';
import type { DossierDesk } from '../services/dossier/officer.ts';
import { isoDate, vietnamDay } from '../services/time.ts';
import { jsonBody, type StaffEnv } from './auth-routes.ts';
import { invalidRequest, staffError } from './errors.ts';
import { presentAnswers } from './present.ts';
import type { StaffQueries } from './queries.ts';
import { type CheckedStatusChange, checkStatusChange, isIsoDate } from './transition-input.ts';
import { transitionsFrom } from './transitions.ts';
import type { DossierDetail } from './wire.ts';

export const PAGE_SIZE = 20;

/** `?page=` as a whole number ≥ 1 (default 1), else a 400. */
export function pageParam(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const page = Number(raw);
  if (!Number.isSafeInteger(page) || page < 1 || page > 100_000) throw staffError('unknown');
  return page;
}

/** `?status=1,5` → [1, 5]; anything else a 400. */
function statusParam(raw: string | undefined): DossierStatusCode[] | undefined {
  if (!raw) return undefined;
  const codes = raw.split(',').map(Number);
  if (!codes.every((n) => Number.isInteger(n) && n >= 1 && n <= 10)) throw staffError('unknown');
  return codes as DossierStatusCode[];
}

/** `?payment=pending_confirmation` (or another payment status), else a 400. */
function paymentParam(raw: string | undefined): PaymentStatus | undefined {
  if (!raw) return undefined;
  if (!(PAYMENT_STATUSES as readonly string[]).includes(raw)) throw staffError('unknown');
  return raw as PaymentStatus;
}

function dayParam(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!isIsoDate(raw)) throw staffError('unknown');
  return raw;
}

async function run(desk: DossierDesk, code: string, change: CheckedStatusChange) {
  const { transition } = change;
  switch (transition.action) {
    case 'accept':
      return desk.accept(code);
    case 'startProcessing':
      return desk.startProcessing(code);
    case 'confirmPayment':
      return desk.confirmPayment(code);
    case 'requestSupplement':
      return desk.requestSupplement(code, {
        reason: change.reason ?? '',
        documents: change.documents ?? [],
        ...(change.dueDate ? { dueDate: change.dueDate } : {}),
      });
    case 'requestPayment':
      return desk.requestPayment(code, change.amount ?? 0);
    case 'reject':
      return desk.reject(code, change.reason ?? '');
    case 'complete':
      return desk.complete(code, {
        ...(change.resultNote ? { note: change.resultNote } : {}),
        ...(change.pickupPlace && change.pickupHours
          ? { pickup: { place: change.pickupPlace, hours: change.pickupHours } }
          : {}),
      });
    case 'returnResult':
      return desk.returnResult(code);
  }
}

/** One dossier as the console shows it, with the moves an officer may make now. */
export async function dossierDetail(context: ServerContext, code: string): Promise<DossierDetail> {
  const dossier = await context.dossierOfficer.get(code);
  const { citizen, ...contract } = dossier;
  // The version it was filed with: the answers follow that version's questions.
  const definition = await context.procedures
    .version(contract.procedureId, contract.procedureVersion)
    .catch(() => undefined);
  return {
    dossier: contract,
    citizen: { name: citizen.name, ...(citizen.phone ? { phone: citizen.phone } : {}) },
    procedure: {
      id: contract.procedureId,
      title: contract.procedureTitle,
      processingDays: definition?.processingDays ?? 0,
      agency: definition?.agency.name ?? { vi: '' },
    },
    sections: definition ? presentAnswers(definition, contract.answers) : [],
    transitions: transitionsFrom(contract.status),
    today: isoDate(vietnamDay(context.now())),
  };
}

export function mountDossierRoutes(
  api: Hono<StaffEnv>,
  deps: { context: ServerContext; queries: StaffQueries },
) {
  const { context, queries } = deps;
  const today = () => isoDate(vietnamDay(context.now()));

  const detail = (code: string) => dossierDetail(context, code);

  api.get('/procedures', async (c) => c.json({ procedures: await queries.procedures() }));

  api.get('/dossiers', async (c) => {
    const from = dayParam(c.req.query('from'));
    const to = dayParam(c.req.query('to'));
    const statuses = statusParam(c.req.query('status'));
    const procedureId = c.req.query('procedure') || undefined;
    const payment = paymentParam(c.req.query('payment'));
    return c.json(
      await queries.dossiers({
        ...(statuses ? { statuses } : {}),
        ...(procedureId ? { procedureId } : {}),
        ...(payment ? { payment } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        page: pageParam(c.req.query('page')),
        pageSize: PAGE_SIZE,
      }),
    );
  });

  api.get('/dossiers/:code', async (c) => c.json(await detail(c.req.param('code'))));

  api.post('/dossiers/:code/status', async (c) => {
    const code = c.req.param('code');
    const body = await jsonBody(c);
    const current = await context.dossierOfficer.get(code);
    if (typeof body.to !== 'number') throw staffError('unknown');
    const check = checkStatusChange(current.status, body as never, today());
    if (!check.ok) {
      // A move the table does not allow from here is a conflict, not a typing error.
      if (check.issues.some((i) => i.path === 'to')) throw staffError('not_allowed');
      throw invalidRequest(check.issues);
    }
    const staff = c.get('staff');
    await run(context.dossierOfficer.as({ id: staff.id }), code, check.value);
    context.log.info('staff.dossier_status', {
      staff: staff.id,
      code,
      to: check.value.transition.to,
    });
    return c.json(await detail(code));
  });

  // A dossier's file, for officers only: ids come from dossiers' answers, nothing else.
  api.get('/files/:id', async (c) => {
    const id = c.req.param('id');
    const file = await context.dossierOfficer.attachment(id);
    if (!file) throw staffError('not_found');
    const inline = /^(image\/(jpeg|png|webp)|application\/pdf)$/.test(file.type);
    c.header('content-type', inline ? file.type : 'application/octet-stream');
    c.header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
    // Opened in a tab of its own: no script may run in it, whatever the bytes are.
    c.header(
      'content-security-policy',
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
    c.header('cache-control', 'private, no-store');
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });
}
