// @vitest-environment node
// The loopback GeoReport v2 server itself, checked against the spec with raw HTTP, so the
// adapter's tests rest on a server that behaves as the spec says (and not as the adapter
// happens to expect).
import { afterEach, describe, expect, it } from 'vitest';
import { type GeoReportTestServer, startGeoReportTestServer } from './testing-server';

const servers: GeoReportTestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
async function start(options: Parameters<typeof startGeoReportTestServer>[0] = {}) {
  const server = await startGeoReportTestServer({ apiKey: 'xyz', ...options });
  servers.push(server);
  return server;
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
async function call(server: GeoReportTestServer, path: string, init?: RequestInit) {
  const response = await fetch(`${server.endpoint}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text,
    json: () => JSON.parse(text) as unknown,
  };
}
const post = (server: GeoReportTestServer, body: string) =>
  call(server, '/requests.json', { method: 'POST', headers: FORM, body });

describe('test GeoReport v2 server', () => {
  it('serves the service list as XML (required) and JSON (by suffix)', async () => {
    const server = await start();
    const xml = await call(server, '/services.xml');
    expect(xml.type).toBe('text/xml; charset=utf-8');
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service>/);
    expect(xml.text).toContain('<service_code>rac-thai</service_code><service_name>');
    const json = await call(server, '/services.json');
    expect(json.type).toBe('application/json; charset=utf-8');
    expect((json.json() as { type: string }[]).map((s) => s.type)).toContain('batch');
    expect((await call(server, '/services')).status).toBe(404);
  });

  it('serves a service definition, 404 for an unknown service', async () => {
    const server = await start();
    const definition = (await call(server, '/services/den-duong.json')).json();
    expect(definition).toMatchObject({
      service_code: 'den-duong',
      attributes: [{ code: 'so-cot', required: true, variable: true, datatype: 'string' }],
    });
    const missing = await call(server, '/services/khong-co.json');
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual([
      { code: 404, description: 'service_code khong-co was not found' },
    ]);
  });

  it('POST /requests: 403 without or with a wrong api_key, before anything else', async () => {
    const server = await start();
    expect((await post(server, 'service_code=o-ga&lat=1&long=1')).status).toBe(403);
    const wrong = await post(server, 'api_key=abc&service_code=o-ga&lat=1&long=1');
    expect(wrong.status).toBe(403);
    expect(wrong.json()).toEqual([
      { code: 403, description: "Invalid api_key received -- can't proceed with create_request." },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('POST /requests: 400 with every problem as [{code, description}], 404 for an unknown service', async () => {
    const server = await start();
    expect((await post(server, 'api_key=xyz&lat=1&long=1')).status).toBe(400);
    expect((await post(server, 'api_key=xyz&service_code=nope&lat=1&long=1')).status).toBe(404);
    const bad = await post(
      server,
      `api_key=xyz&service_code=den-duong&lat=1&description=${'a'.repeat(4001)}&media_url=photo.jpg`,
    );
    expect(bad.status).toBe(400);
    expect((bad.json() as { code: string }[]).map((e) => e.code)).toEqual([
      'lat_long',
      'description',
      'media_url',
      'so-cot',
    ]);
    // Empty is absent ("Optional Arguments"): an empty address_string is no location.
    expect((await post(server, 'api_key=xyz&service_code=o-ga&address_string=')).status).toBe(400);
    const wrongType = await call(server, '/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(wrongType.status).toBe(400);
  });

  it('POST /requests: parses attribute[code] and attribute[code][], answers an id, a token or nothing', async () => {
    const server = await start();
    const realtime = await post(
      server,
      'api_key=xyz&service_code=ngap-ung&address_string=Ng%C3%B5+3&attribute[muc-do]=dau-goi' +
        '&attribute%5Bthoi-diem%5D%5B%5D=sang&attribute[thoi-diem][]=dem&phone=0912345678',
    );
    expect(realtime.json()).toEqual([
      { service_request_id: '100000', service_notice: expect.any(String), account_id: null },
    ]);
    expect(server.requests[0]).toMatchObject({
      address: 'Ngõ 3',
      attributes: { 'muc-do': 'dau-goi', 'thoi-diem': ['sang', 'dem'] },
      personal: { phone: '0912345678' },
    });
    const badValue = await post(
      server,
      'api_key=xyz&service_code=ngap-ung&lat=1&long=1&attribute[muc-do]=x',
    );
    expect(badValue.status).toBe(400);
    const batch = await post(server, 'api_key=xyz&service_code=rac-thai&lat=1&long=1');
    expect(batch.json()).toEqual([{ token: 'T1', service_notice: expect.any(String) }]);
    const blackbox = await post(server, 'api_key=xyz&service_code=gop-y&lat=1&long=1');
    expect(blackbox.json()).toEqual([{ service_notice: expect.any(String) }]);
  });

  it('GET /tokens/{token}: no id until processed, then the id; 404 for an unknown token', async () => {
    const server = await start({ batchPolls: 1 });
    await post(server, 'api_key=xyz&service_code=rac-thai&lat=1&long=1');
    expect((await call(server, '/tokens/T1.json')).json()).toEqual([{ token: 'T1' }]);
    expect((await call(server, '/requests.json')).json()).toEqual([]);
    expect((await call(server, '/tokens/T1.json')).json()).toEqual([
      { token: 'T1', service_request_id: '100000' },
    ]);
    expect((await call(server, '/tokens/T9.json')).status).toBe(404);
  });

  it('GET /requests: never the reporter, filters, the 90-day window, W3C dates with a zone', async () => {
    const now = Date.parse('2026-12-01T01:00:00Z');
    const server = await start({ now: () => now });
    await post(
      server,
      'api_key=xyz&service_code=o-ga&lat=1&long=2&first_name=An&phone=0912345678&email=a%40b.vn',
    );
    server.seed({ serviceCode: 'ngap-ung', requestedAt: now - 100 * 86_400_000, status: 'closed' });
    const list = (await call(server, '/requests.json')).json() as Record<string, unknown>[];
    expect(list).toHaveLength(1); // the default window is the last 90 days
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(
      [
        'address',
        'address_id',
        'agency_responsible',
        'description',
        'expected_datetime',
        'lat',
        'long',
        'media_url',
        'requested_datetime',
        'service_code',
        'service_name',
        'service_notice',
        'service_request_id',
        'status',
        'status_notes',
        'updated_datetime',
        'zipcode',
      ].sort(),
    );
    expect(list[0]?.requested_datetime).toBe('2026-12-01T01:00:00Z');
    const q = (s: string) => call(server, `/requests.json?${s}`);
    expect(
      (
        await q('start_date=2026-08-01T00:00:00%2B07:00&end_date=2026-10-01T00:00:00Z')
      ).json() as unknown[],
    ).toHaveLength(1);
    expect((await q('start_date=2026-06-01T00:00:00Z&end_date=2026-12-01T00:00:00Z')).status).toBe(
      400,
    );
    expect((await q('start_date=2026-11-01T00:00:00')).status).toBe(400);
    expect(
      (
        await q('status=closed&start_date=2026-08-01T00:00:00Z&end_date=2026-10-29T00:00:00Z')
      ).json() as unknown[],
    ).toHaveLength(1);
    expect((await q('service_code=o-ga,rac-thai&status=closed')).json() as unknown[]).toHaveLength(
      0,
    );
    expect(
      (await q('service_request_id=100000,900001&status=closed')).json() as unknown[],
    ).toHaveLength(2);
    expect((await call(server, '/requests/100000.json')).json()).toHaveLength(1);
    expect((await call(server, '/requests/1.json')).status).toBe(404);
  });

  it('jurisdiction_id: 400 when missing, 404 when unknown', async () => {
    const server = await start({ jurisdictionId: 'hue.gov.vn' });
    expect((await call(server, '/services.json')).status).toBe(400);
    expect((await call(server, '/services.json?jurisdiction_id=x.vn')).status).toBe(404);
    expect((await call(server, '/services.json?jurisdiction_id=hue.gov.vn')).status).toBe(200);
  });

  it('faults: a dropped response is committed; failNext answers without handling', async () => {
    const server = await start();
    server.dropNextResponse('POST', '/requests');
    await expect(post(server, 'api_key=xyz&service_code=o-ga&lat=1&long=1')).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
    server.failNext(503, [{ code: 503, description: 'down' }]);
    expect((await call(server, '/services.json')).status).toBe(503);
    expect((await call(server, '/services.json')).status).toBe(200);
  });
});
