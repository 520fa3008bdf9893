// The merged OpenAPI document, enforced (src/http/validate.ts): a request that one of the three
// contracts does not allow is refused with 400 `unknown` in the contracts' error envelope, a
// Vietnamese message and the JSON path of every problem in `details`, before its route runs;
// a request the contract allows goes on to the route. (The conformance suites send every
// operation the clients make through the same validator.)
import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no SQLite');

interface Refusal {
  error: {
    code: string;
    message: string;
    issues?: unknown;
    details: { path: string; keyword: string; message: string }[];
  };
}

async function refused(res: Response): Promise<Refusal['error']> {
  expect(res.status).toBe(400);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = (await res.json()) as Refusal;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe('unknown');
  expect(body.error.message).toMatch(/Vui lòng/);
  // `issues` belongs to invalid_answers / invalid_report only (their item schemas say so).
  expect(body.error.issues).toBeUndefined();
  return body.error;
}

const paths = (error: Refusal['error']) => error.details.map((d) => d.path).sort();

const post = (stack: Stack, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('requests are validated against the published contracts', () => {
  it('auth: refuses a malformed sign-in body, lets a well-formed one reach the route', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      const bad = await refused(
        await post(stack, '/api/auth/sign-in', { zaloAccessToken: 42, consents: 'yes' }),
      );
      expect(paths(bad)).toEqual(['/body/consents', '/body/zaloAccessToken']);
      expect(bad.details.map((d) => d.keyword).sort()).toEqual(['type', 'type']);
      const missing = await refused(await post(stack, '/api/auth/sign-in', { consents: [] }));
      expect(paths(missing)).toEqual(['/body/zaloAccessToken']);
      expect(missing.details[0]?.keyword).toBe('required');
      const notJson = await refused(await post(stack, '/api/auth/sign-in', '{"consents":'));
      expect(paths(notJson)).toEqual(['/body']);
      // Well-formed: the route answers (Zalo refuses the made-up token), not the validator.
      const res = await post(stack, '/api/auth/sign-in', {
        zaloAccessToken: 'not-a-zalo-token',
        consents: [],
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as Refusal).error.code).toBe('invalid_token');
      // A real citizen still signs in through the client.
      expect(await stack.signIn()).toEqual(expect.any(String));
      // The refusal is logged by route template only: nothing that was sent.
      const logged = stack.logs.filter((l) => l.includes('"api.error"') && l.includes('sign-in'));
      expect(logged.length).toBeGreaterThanOrEqual(3);
      expect(logged.join('\n')).not.toContain('yes');
    } finally {
      await stack.close();
    }
  });

  it('dossier: refuses bad query and path parameters and a malformed body', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      const slots = (query: string) =>
        fetch(`${stack.url}/api/dossier/procedures/ho-tich/fields/lich-hen/slots?${query}`);
      const bad = await refused(await slots('from=2026-13-45&days=abc'));
      expect(paths(bad)).toEqual(['/query/days', '/query/from']);
      expect(paths(await refused(await slots('from=2026-12-02&days=61')))).toEqual(['/query/days']);
      expect(paths(await refused(await slots('days=7')))).toEqual(['/query/from']);
      expect(paths(await refused(await slots('from=2026-12-02&days=7&days=8')))).toEqual([
        '/query/days',
      ]);
      const path = await refused(await fetch(`${stack.url}/api/dossier/procedures/Ho_Tich`));
      expect(paths(path)).toEqual(['/path/procedureId']);
      // Well-formed: the route answers — this procedure does not exist.
      const unknown = await slots('from=2026-12-02&days=7');
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as Refusal).error.code).toBe('not_found');

      const body = await refused(await post(stack, '/api/dossier/lookup', { code: ['x'] }));
      expect(paths(body)).toEqual(['/body/code']);
      expect(paths(await refused(await post(stack, '/api/dossier/lookup', {})))).toEqual([
        '/body/code',
      ]);
      const lookup = await post(stack, '/api/dossier/lookup', {
        code: '000.00.00.H00-000000-0000',
      });
      expect(lookup.status).toBe(404);
    } finally {
      await stack.close();
    }
  });

  it('feedback: refuses a malformed public search, lets a well-formed one through', async () => {
    const stack = await startStack({ database: sqlite });
    try {
      const bad = await refused(
        await post(stack, '/api/feedback/public/search', {
          limit: 0,
          from: '31/12/2026',
          colour: 'red',
        }),
      );
      expect(paths(bad)).toEqual(['/body/colour', '/body/from', '/body/limit']);
      expect(bad.details.map((d) => d.keyword).sort()).toEqual([
        'additionalProperties',
        'format',
        'minimum',
      ]);
      const ok = await post(stack, '/api/feedback/public/search', { from: '2026-11-01', limit: 5 });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ items: [] });
      // Where the contract declares 422 (filing a report), a malformed body is still 400, while
      // a bad value goes on to the service for `invalid_report` with issues the app explains.
      const session = await stack.signIn();
      const file = (report: Record<string, unknown>) =>
        post(stack, '/api/feedback/reports', report, {
          authorization: `Bearer ${session}`,
          'idempotency-key': 'validation-test-0001',
        });
      const report = {
        categoryId: 'khong-co-loai-nay',
        description: 'Đèn đường hỏng',
        photoIds: [],
        location: { kind: 'device', latitude: 123, longitude: 105.85 },
        showName: false,
        publish: true,
        notify: true,
      };
      expect(paths(await refused(await file({ ...report, description: 5 })))).toEqual([
        '/body/description',
      ]);
      const invalid = await file(report);
      expect(invalid.status).toBe(422);
      expect(((await invalid.json()) as Refusal).error.code).toBe('invalid_report');
      // Feedback declares no query parameters; an undeclared one is not the validator's concern.
      const categories = await fetch(`${stack.url}/api/feedback/categories?utm_source=zalo`);
      expect(categories.status).toBe(200);
    } finally {
      await stack.close();
    }
  });
});
