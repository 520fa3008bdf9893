// What the host adds around the contracts, over a real socket: /health, the merged OpenAPI
// document, CORS for the mini app's origins only, rate limits per IP and per citizen and body
// limits answered in the contracts' error format, unknown routes, and a graceful shutdown that
// lets a request in flight finish.
import { CONFORMANCE_PROCEDURE, submission } from '@govmini/dossier/testing';
import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { startStack } from './support/stack.ts';

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no SQLite');

type ErrorBody = { error: { code: string; message: string } };

describe('the host around the contracts', () => {
  it('answers /health with the database it reached', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      const res = await fetch(`${stack.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    } finally {
      await stack.close();
    }
  });

  it('serves one OpenAPI 3.1 document with every operation of the three contracts', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      const doc = (await (await fetch(`${stack.url}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, { operationId?: string }>>;
        components: { schemas: Record<string, unknown> };
      };
      expect(doc.openapi).toBe('3.1.0');
      const paths = Object.keys(doc.paths);
      for (const path of [
        '/api/auth/sign-in',
        '/api/dossier/dossiers',
        '/api/feedback/reports',
        '/api/dossier/lookup',
      ]) {
        expect(paths).toContain(path);
      }
      const ids = Object.values(doc.paths).flatMap((item) =>
        Object.values(item)
          .map((op) => op.operationId)
          .filter(Boolean),
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('dossier.submit');
      expect(ids).toContain('feedback.submit');
      // Every $ref points at a component that is there.
      const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
      expect(refs.length).toBeGreaterThan(20);
      for (const ref of refs) {
        expect(doc.components.schemas, ref).toHaveProperty([ref.slice(22, -1)]);
      }
      const yaml = await fetch(`${stack.url}/api/openapi.yaml`);
      expect(yaml.headers.get('content-type')).toContain('yaml');
      expect(await yaml.text()).toContain('openapi: 3.1.0');
    } finally {
      await stack.close();
    }
  });

  it('allows the mini app’s origins in CORS, and no other', async () => {
    const stack = await startStack({
      database: sqlite,
      config: { corsOrigins: ['https://h5.zdn.vn'] },
    });
    try {
      const preflight = (origin: string) =>
        fetch(`${stack.url}/api/dossier/dossiers`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type,idempotency-key',
          },
        });
      const ok = await preflight('https://h5.zdn.vn');
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
      expect(ok.headers.get('access-control-allow-headers')).toContain('idempotency-key');
      const evil = await preflight('https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await stack.close();
    }
  });

  it('limits requests per IP with 429, Retry-After and a Vietnamese message', async () => {
    const stack = await startStack({
      database: sqlite,
      config: {
        rateLimits: {
          ip: { max: 5, windowMs: 60_000 },
          citizenWrites: { max: 100, windowMs: 60_000 },
        },
      },
    });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 7; i++) {
        last = await fetch(`${stack.url}/api/dossier/procedures`);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await last?.json()) as ErrorBody;
      expect(body.error.code).toBe('server');
      expect(body.error.message).toMatch(/Vui lòng/);
      // The client turns it into a retryable error, as it should.
      await expect(stack.dossier.listProcedures()).rejects.toMatchObject({ status: 429 });
      // /health is not behind the limit (a load balancer polls it).
      expect((await fetch(`${stack.url}/health`)).status).toBe(200);
    } finally {
      await stack.close();
    }
  });

  it('limits writes per citizen, whichever IP or session they come from', async () => {
    const stack = await startStack({
      database: sqlite,
      procedures: [CONFORMANCE_PROCEDURE],
      config: {
        rateLimits: {
          ip: { max: 1000, windowMs: 60_000 },
          citizenWrites: { max: 3, windowMs: 60_000 },
        },
      },
    });
    try {
      const first = await stack.signIn(0);
      const second = await stack.signIn(0);
      const other = await stack.signIn(1);
      await stack.dossier.submit(first, submission());
      await stack.dossier.submit(second, submission());
      await stack.dossier.submit(first, submission());
      await expect(stack.dossier.submit(second, submission())).rejects.toMatchObject({
        status: 429,
      });
      // Reading is not limited this way, and other citizens are not affected.
      expect(await stack.dossier.listMine(first)).toHaveLength(3);
      await stack.dossier.submit(other, submission());
    } finally {
      await stack.close();
    }
  });

  it('answers bodies over the limits with 413 too_large in the contract’s format', async () => {
    const stack = await startStack({
      database: sqlite,
      procedures: [CONFORMANCE_PROCEDURE],
      config: {
        limits: {
          jsonBytes: 4096,
          attachmentBytes: 64 * 1024,
          photoBytes: 64 * 1024,
          pendingUploads: 50,
        },
      },
    });
    try {
      const session = await stack.signIn(0);
      const big = submission({ answers: { fullName: 'x'.repeat(8000) } });
      await expect(stack.dossier.submit(session, big)).rejects.toMatchObject({
        code: 'too_large',
        status: 413,
      });
      const huge = await fetch(`${stack.url}/api/feedback/photos`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session}`, 'content-type': 'image/jpeg' },
        body: new Uint8Array(300 * 1024),
      });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as ErrorBody).error.code).toBe('too_large');
    } finally {
      await stack.close();
    }
  });

  it('answers unknown routes with 404 not_found in the same envelope', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      for (const path of ['/api/nowhere', '/api/dossier/nowhere', '/nowhere']) {
        const res = await fetch(`${stack.url}${path}`);
        expect(res.status, path).toBe(404);
        const body = (await res.json()) as ErrorBody;
        expect(body.error.code).toBe('not_found');
        expect(body.error.message).toMatch(/Vui lòng/);
      }
    } finally {
      await stack.close();
    }
  });

  it('finishes a request in flight when shutting down, and takes no new ones', async () => {
    const stack = await startStack({ database: sqlite, procedures: [CONFORMANCE_PROCEDURE] });
    const session = await stack.signIn(0);
    // A slow upload: the body arrives in two parts, the shutdown begins in between.
    let send: ((chunk: Uint8Array | null) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (chunk) => (chunk ? controller.enqueue(chunk) : controller.close());
      },
    });
    const bytes = new Uint8Array(4096).fill(0x20);
    bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const inFlight = fetch(`${stack.url}/api/dossier/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session}`,
        'content-type': 'application/pdf',
        'dossier-field-id': 'idPhotos',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    send?.(bytes.slice(0, 2048));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = stack.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    send?.(bytes.slice(2048));
    send?.(null);
    const response = await inFlight;
    expect(response.status).toBe(201);
    await closing;
    await expect(fetch(`${stack.url}/health`)).rejects.toThrow();
  });
});
