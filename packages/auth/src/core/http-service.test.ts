// @vitest-environment node
// The HTTP client against a real server on 127.0.0.1: a thin node:http adapter over the memory
// service that speaks openapi/auth.yaml. The conformance suite runs through it, and every
// request it saw is checked for where tokens travel.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createManualClock, createSimulatedPlatform } from '@govmini/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAuthServiceConformance } from '../testing/conformance';
import { type MemoryAuthService, simulatorBackedAuthService } from '../testing/memory-service';
import { createHttpAuthService } from './http-service';
import { AuthError } from './types';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
  });

/** Serves `backend()` over HTTP as the contract says; records every request. */
async function serve(backend: () => MemoryAuthService) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const authorization = req.headers.authorization;
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization, body });
    const session = authorization?.replace(/^Bearer /, '') ?? '';
    const json = body ? JSON.parse(body) : {};
    const send = (status: number, payload?: unknown) => {
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const service = backend();
    try {
      const route = `${req.method} ${req.url}`;
      if (route === 'POST /auth/sign-in') return send(200, await service.signIn(json));
      if (route === 'POST /auth/refresh') return send(200, await service.refresh(session));
      if (route === 'POST /auth/sign-out') return send(204, await service.signOut(session));
      if (route === 'POST /auth/phone')
        return send(200, await service.exchangePhoneToken(session, json.token));
      if (route === 'POST /auth/location')
        return send(200, await service.exchangeLocationToken(session, json.token));
      if (route === 'GET /auth/consents')
        return send(200, { consents: await service.getConsents(session) });
      if (route === 'POST /auth/consents')
        return send(204, await service.recordConsents(session, json.consents));
      return send(404, { error: { code: 'unknown', message: 'no such route' } });
    } catch (error) {
      const e = error as AuthError;
      send(e.status ?? 500, { error: { code: e.code ?? 'server', message: 'failed' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// One server for the whole file; each conformance test swaps in a fresh backend.
let current: MemoryAuthService;
let server: Awaited<ReturnType<typeof serve>>;
const ready = serve(() => current).then((s) => {
  server = s;
  return s;
});
afterAll(async () => (await ready).close());

describeAuthServiceConformance('HTTP client over a loopback server', async (setup) => {
  const { baseUrl } = await ready;
  const clock = createManualClock(Date.parse('2026-11-29T02:00:00Z'));
  const platform = createSimulatedPlatform({ clock });
  current = simulatorBackedAuthService(platform, { clock, sessionTtlMs: setup.sessionTtlMs });
  return {
    service: createHttpAuthService({ baseUrl }),
    validZaloToken: await platform.identity.getAccessToken(),
    issuePhoneToken: async () => (await platform.identity.getPhoneNumberToken()).token,
    advanceTime: (ms) => clock.advance(ms),
    dispose: async () => platform.dispose(),
  };
});

describe('createHttpAuthService', () => {
  beforeAll(async () => {
    await ready;
  });

  it('sends tokens only in headers and bodies, never in URLs', async () => {
    const clock = createManualClock(0);
    const platform = createSimulatedPlatform({ clock });
    current = simulatorBackedAuthService(platform, { clock });
    server.seen.length = 0;
    const service = createHttpAuthService({ baseUrl: server.baseUrl });
    const zaloToken = await platform.identity.getAccessToken();
    const session = await service.signIn({ zaloAccessToken: zaloToken, consents: [] });
    const phoneToken = (await platform.identity.getPhoneNumberToken()).token;
    const { phone } = await service.exchangePhoneToken(session.token, phoneToken);
    await service.getConsents(session.token);
    await service.signOut(session.token);
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /auth/sign-in',
      'POST /auth/phone',
      'GET /auth/consents',
      'POST /auth/sign-out',
    ]);
    for (const request of server.seen) {
      for (const secret of [zaloToken, session.token, phoneToken, phone]) {
        expect(request.url).not.toContain(secret);
      }
    }
    expect(server.seen[0]?.authorization).toBeUndefined();
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual({
      zaloAccessToken: zaloToken,
      consents: [],
    });
    expect(server.seen.slice(1).map((r) => r.authorization)).toEqual(
      Array(3).fill(`Bearer ${session.token}`),
    );
    expect(JSON.parse(server.seen[1]?.body ?? '')).toEqual({ token: phoneToken });
    platform.dispose();
  });

  const answering = (status: number, body: string) =>
    createHttpAuthService({
      baseUrl: 'https://api.example.gov.vn',
      fetch: async () => new Response(body, { status }),
    });

  it('maps error bodies to AuthErrors with the catalogue text and the status', async () => {
    const error = await answering(
      409,
      JSON.stringify({ error: { code: 'token_reused', message: 'token sim-1 used' } }),
    )
      .exchangePhoneToken('s', 't')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'token_reused', status: 409 });
    // The server's own message (which may echo a token) is not kept.
    expect((error as AuthError).message).toBe(
      'Yêu cầu này đã được dùng rồi. Vui lòng thử lại từ đầu.',
    );
  });

  it('falls back on the status when the body is not ours', async () => {
    const code = (status: number, session = true) => {
      const service = answering(status, '<html>oops</html>');
      const call = session
        ? service.refresh('s')
        : service.signIn({ zaloAccessToken: 'z', consents: [] });
      return call.catch((e: AuthError) => e.code);
    };
    expect(await code(401)).toBe('session_expired');
    expect(await code(401, false)).toBe('invalid_token');
    expect(await code(502)).toBe('server');
    expect(await code(418)).toBe('unknown');
    const odd = answering(400, JSON.stringify({ error: { code: 'hacked', message: '' } }));
    await expect(odd.refresh('s')).rejects.toMatchObject({ code: 'unknown', status: 400 });
  });

  it('a malformed success is a server error', async () => {
    await expect(answering(200, '{"token":1}').refresh('s')).rejects.toMatchObject({
      code: 'server',
    });
    await expect(answering(200, 'not json').getConsents('s')).rejects.toMatchObject({
      code: 'server',
    });
    await expect(answering(200, '{}').exchangePhoneToken('s', 't')).rejects.toMatchObject({
      code: 'server',
    });
  });

  it('a network failure is offline', async () => {
    const service = createHttpAuthService({
      baseUrl: 'https://api.example.gov.vn',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(service.signOut('s')).rejects.toMatchObject({ code: 'offline' });
  });

  it('gives up after timeoutMs, aborting the request', async () => {
    let aborted = false;
    const service = createHttpAuthService({
      baseUrl: 'https://api.example.gov.vn',
      timeoutMs: 30,
      fetch: (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    });
    await expect(service.getConsents('s')).rejects.toMatchObject({ code: 'offline' });
    expect(aborted).toBe(true);
  });
});
