// @vitest-environment node
// The Hono app's own duties, with app.request (no socket): it writes only the contract's
// properties, never lets an implementation's error text out, and reports errors to onError
// without anything personal.
import { describe, expect, it } from 'vitest';
import { dossierError } from '../core/service/errors';
import type { Dossier, DossierService } from '../core/service/types';
import { createDossierHttpApp } from './http-app';

const dossier: Dossier = {
  code: '000.00.06.H56-261201-0001',
  procedureId: 'xac-nhan',
  procedureTitle: { vi: 'Xác nhận' },
  status: 4,
  submittedAt: '2026-12-01T08:00:00+07:00',
  dueDate: '2026-12-04',
  procedureVersion: 1,
  answers: { fullName: 'Nguyễn Thị Hoa' },
  resultDelivery: 'in_person',
  history: [{ status: 1, at: '2026-12-01T08:00:00+07:00', by: 'citizen' }],
  cancellable: true,
};

/** A service whose every method fails unless overridden. */
function service(overrides: Partial<DossierService>): DossierService {
  const refuse = async () => {
    throw dossierError('not_found');
  };
  return new Proxy({} as DossierService, {
    get: (_, key: string) => (overrides as Record<string, unknown>)[key] ?? refuse,
  });
}

const auth = { authorization: 'Bearer tok-1' };

describe('createDossierHttpApp', () => {
  it('writes only the contract’s properties, whatever the service adds', async () => {
    const leaky = { ...dossier, ownerId: 'zalo-123', internalNote: 'ghi chú nội bộ' };
    const app = createDossierHttpApp(
      service({
        get: async () => leaky as Dossier,
        // A careless implementation returning the whole dossier from the public lookup.
        lookup: async () => leaky as never,
      }),
    );
    const full = (await (
      await app.request(`/dossiers/${dossier.code}`, { headers: auth })
    ).json()) as Record<string, unknown>;
    expect(full).toEqual(dossier);
    const status = (await (
      await app.request('/lookup', { method: 'POST', body: JSON.stringify({ code: dossier.code }) })
    ).json()) as Record<string, unknown>;
    expect(Object.keys(status).sort()).toEqual([
      'code',
      'dueDate',
      'procedureTitle',
      'status',
      'submittedAt',
    ]);
    expect(JSON.stringify(status)).not.toContain('Nguyễn');
  });

  it('answers 500 `server` for an off-contract answer or a thrown Error, without its text', async () => {
    const seen: unknown[] = [];
    const app = createDossierHttpApp(
      service({
        listMine: async () => [{ code: 42 }] as never,
        get: async () => {
          throw new Error('SELECT * FROM dossiers WHERE owner = Nguyễn Thị Hoa');
        },
      }),
      { onError: (info) => seen.push(info) },
    );
    const list = await app.request('/dossiers', { headers: auth });
    expect(list.status).toBe(500);
    const thrown = await app.request(`/dossiers/${dossier.code}`, { headers: auth });
    expect(thrown.status).toBe(500);
    const body = await thrown.text();
    expect(body).not.toContain('SELECT');
    expect(JSON.parse(body)).toEqual({
      error: { code: 'server', message: expect.stringMatching(/Vui lòng|vui lòng/) },
    });
    expect(seen).toEqual([
      { path: '/dossiers', status: 500, code: 'server' },
      { path: '/dossiers/:code', status: 500, code: 'server' },
    ]);
  });

  it('refuses malformed requests with 400 before the service sees them', async () => {
    let calls = 0;
    const count = async () => {
      calls++;
      return dossier;
    };
    const app = createDossierHttpApp(
      service({ submit: count, saveDraft: count as never, cancel: count }),
    );
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post('/dossiers', '{not json', { 'idempotency-key': 'k-00000001' })).status).toBe(
      400,
    );
    expect((await post('/dossiers', '[]', { 'idempotency-key': 'k-00000001' })).status).toBe(400);
    expect(
      (await post(`/dossiers/${dossier.code}/cancel`, JSON.stringify({ reason: 7 }))).status,
    ).toBe(400);
    const draft = {
      id: 'd-2',
      procedureId: 'x',
      procedureVersion: 1,
      answers: {},
      pageId: 'p',
      updatedAt: 1,
    };
    const put = await app.request('/drafts/d-1', {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify(draft),
    });
    expect(put.status).toBe(400);
    expect(calls).toBe(0);
  });

  it('passes a payment through, and answers 501 `not_supported` when the service takes none', async () => {
    const paying: Dossier = {
      ...dossier,
      status: 6,
      payment: {
        status: 'pending_confirmation',
        amount: 50_000,
        transferContent: 'HS 0000006H562612010001',
        account: { bankBin: '970436', accountNumber: '0011001234567', accountName: 'UBND XA' },
        reportedAt: '2026-12-01T09:00:00+07:00',
      },
    };
    let reported: [string, string] | undefined;
    const withPayments = createDossierHttpApp(
      service({
        reportTransfer: async (token, code) => {
          reported = [token, code];
          return { ...paying, payment: { ...paying.payment, internal: 'x' } } as Dossier;
        },
      }),
    );
    const url = `/dossiers/${encodeURIComponent(dossier.code)}/payment/transfer`;
    const response = await withPayments.request(url, { method: 'POST', headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(paying);
    expect(reported).toEqual(['tok-1', dossier.code]);

    // An implementation written before payments: no reportTransfer at all.
    const withoutPayments = createDossierHttpApp({ get: async () => dossier } as never);
    const refused = await withoutPayments.request(url, { method: 'POST', headers: auth });
    expect(refused.status).toBe(501);
    expect(await refused.json()).toEqual({
      error: { code: 'not_supported', message: expect.stringMatching(/chưa có chức năng này/) },
    });
    const signedOut = await withoutPayments.request(url, { method: 'POST' });
    expect(signedOut.status).toBe(401);
  });

  it('reads the upload’s name, field and procedure from the headers', async () => {
    let received:
      | { name: string; fieldId: string; procedureId?: string; size: number; type: string }
      | undefined;
    const app = createDossierHttpApp(
      service({
        uploadAttachment: async (_token, file, options) => {
          received = {
            name: options.name,
            fieldId: options.fieldId,
            size: file.size,
            type: file.type,
            ...(options.procedureId ? { procedureId: options.procedureId } : {}),
          };
          return { id: 'att-1', name: options.name, type: 'image/png', size: file.size };
        },
      }),
    );
    const response = await app.request('/attachments', {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'image/png',
        'content-disposition': "attachment; filename*=UTF-8''%E1%BA%A2nh.png",
        'dossier-field-id': 'idPhotos',
        'dossier-procedure-id': 'xac-nhan',
      },
      body: new Uint8Array(10),
    });
    expect(response.status).toBe(201);
    expect(received).toEqual({
      name: 'Ảnh.png',
      fieldId: 'idPhotos',
      procedureId: 'xac-nhan',
      size: 10,
      type: 'image/png',
    });
    const noField = await app.request('/attachments', {
      method: 'POST',
      headers: auth,
      body: new Uint8Array(1),
    });
    expect(noField.status).toBe(400);
  });
});
