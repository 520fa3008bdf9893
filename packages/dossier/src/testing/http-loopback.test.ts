// @vitest-environment node
// The published contract over a real socket: the memory service behind createDossierHttpApp,
// served by @hono/node-server on 127.0.0.1, driven by createHttpDossierService — the same
// conformance suite as in-process, plus what only HTTP can get wrong.
import { serveOnLoopback } from '@govmini/test-support/loopback';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpDossierService } from '../core/service/http-service';
import { exampleProcedures } from '../examples';
import { createDossierHttpApp, type DossierHttpAppOptions } from '../server/http-app';
import {
  CONFORMANCE_SETUP,
  describeDossierServiceConformance,
  expectDossierError,
} from './conformance';
import { blobOf, fileBytes, submission } from './conformance-fixture';
import { createMemoryDossierService } from './memory-service';

const CITIZENS = ['citizen-a', 'citizen-b'] as const;

async function stack(options?: DossierHttpAppOptions) {
  const memory = createMemoryDossierService({
    procedures: CONFORMANCE_SETUP.procedures,
    now: CONFORMANCE_SETUP.startAt,
    users: CITIZENS,
  });
  const http = await serveOnLoopback(createDossierHttpApp(memory, options));
  return { memory, http, client: createHttpDossierService({ baseUrl: http.baseUrl }) };
}

describeDossierServiceConformance('memory service over HTTP on 127.0.0.1', async (setup) => {
  const memory = createMemoryDossierService({
    procedures: setup.procedures,
    now: setup.startAt,
    users: CITIZENS,
  });
  const http = await serveOnLoopback(createDossierHttpApp(memory));
  return {
    service: createHttpDossierService({ baseUrl: http.baseUrl }),
    citizens: CITIZENS,
    invalidSession: 'citizen-c',
    officer: memory.controls,
    dispose: http.close,
  };
});

// A backend written before payments: its service has no reportTransfer, its back office no
// confirmPayment. It declares so; the payment cases are listed as skipped and the route
// answers 501 `not_supported`.
describeDossierServiceConformance(
  'a backend without payments, over HTTP',
  async (setup) => {
    const {
      reportTransfer: _,
      controls,
      ...service
    } = createMemoryDossierService({
      procedures: setup.procedures,
      now: setup.startAt,
      users: CITIZENS,
    });
    const { confirmPayment: __, declineTransfer: ___, ...officer } = controls;
    const http = await serveOnLoopback(createDossierHttpApp(service));
    return {
      service: createHttpDossierService({ baseUrl: http.baseUrl }),
      citizens: CITIZENS,
      invalidSession: 'citizen-c',
      officer,
      dispose: http.close,
    };
  },
  { capabilities: { payments: false } },
);

describe('the HTTP contract on the wire', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('answers errors as { error: { code, message, issues } } with the contract’s statuses', async () => {
    const s = await stack();
    close = s.http.close;
    const { idempotencyKey, ...body } = submission({ answers: { cccd: '1' } });
    const response = await fetch(`${s.http.baseUrl}/dossiers`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer citizen-a',
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const json = (await response.json()) as {
      error: { code: string; message: string; issues: unknown[] };
    };
    expect(json.error.code).toBe('invalid_answers');
    expect(json.error.message).toMatch(/Vui lòng/);
    expect(json.error.issues).toContainEqual(
      expect.objectContaining({ path: 'fullName', code: 'required' }),
    );

    const noKey = await fetch(`${s.http.baseUrl}/dossiers`, {
      method: 'POST',
      headers: { authorization: 'Bearer citizen-a', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(noKey.status).toBe(400);
    const noSession = await fetch(`${s.http.baseUrl}/dossiers`);
    expect(noSession.status).toBe(401);
    expect(((await noSession.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
    const nowhere = await fetch(`${s.http.baseUrl}/nowhere`);
    expect(nowhere.status).toBe(404);
  });

  it('refuses bodies over the limits with 413 before the service sees them', async () => {
    const s = await stack({ maxJsonBytes: 4096, maxUploadBytes: 2048 });
    close = s.http.close;
    const big = submission({ answers: { fullName: 'x'.repeat(8000) } });
    await expectDossierError(s.client.submit('citizen-a', big), 'too_large');
    await expectDossierError(
      s.client.uploadAttachment('citizen-a', blobOf(fileBytes('png', 8192), 'image/png'), {
        fieldId: 'idPhotos',
        name: 'a.png',
        type: 'image/png',
      }),
      'too_large',
    );
    expect(s.memory.controls.dossiers()).toHaveLength(0);
    expect(s.memory.controls.attachments()).toHaveLength(0);
  });

  it('sends a Vietnamese file name intact through Content-Disposition', async () => {
    const s = await stack();
    close = s.http.close;
    const file = await s.client.uploadAttachment(
      'citizen-a',
      blobOf(fileBytes('jpeg'), 'image/jpeg'),
      {
        fieldId: 'idPhotos',
        procedureId: CONFORMANCE_SETUP.procedures[0]?.id ?? '',
        name: 'Ảnh CCCD (mặt trước) 100%.jpg',
        type: 'image/jpeg',
      },
    );
    expect(file.name).toBe('Ảnh CCCD (mặt trước) 100%.jpg');
  });

  it('keeps the session and answers out of URLs: the lookup posts its code', async () => {
    const s = await stack();
    close = s.http.close;
    const urls: string[] = [];
    const client = createHttpDossierService({
      baseUrl: s.http.baseUrl,
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const dossier = await client.submit('citizen-a', submission());
    await client.lookup(dossier.code);
    await client.listMine('citizen-a');
    expect(urls.join(' ')).not.toMatch(/citizen-a|Nguy|001185012345|conformance-/);
  });

  it('returns the first dossier to a retry whose first answer was lost', async () => {
    const s = await stack();
    close = s.http.close;
    s.memory.controls.failNext(1, { code: 'timeout', after: true, method: 'submit' });
    const request = submission();
    const lost = await s.client.submit('citizen-a', request).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'timeout' });
    const retried = await s.client.submit('citizen-a', request);
    expect(s.memory.controls.dossiers().map((d) => d.dossier.code)).toEqual([retried.code]);
  });

  it('serves the example procedures; an empty submission names each one’s required fields', async () => {
    const memory = createMemoryDossierService({
      procedures: exampleProcedures,
      now: CONFORMANCE_SETUP.startAt,
    });
    const http = await serveOnLoopback(createDossierHttpApp(memory));
    close = http.close;
    const client = createHttpDossierService({ baseUrl: http.baseUrl });
    const listed = await client.listProcedures();
    expect(listed).toEqual(exampleProcedures);
    for (const procedure of exampleProcedures) {
      const error = await expectDossierError(
        client.submit('citizen-a', {
          ...submission({ procedureId: procedure.id, procedureVersion: procedure.version }),
          answers: {},
          resultDelivery: procedure.resultDelivery[0] ?? 'in_person',
        }),
        'invalid_answers',
      );
      expect(error.issues.length, procedure.id).toBeGreaterThan(0);
      expect(
        error.issues.every((issue) => issue.code === 'required'),
        procedure.id,
      ).toBe(true);
    }
  });
});
