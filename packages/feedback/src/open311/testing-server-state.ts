// The test GeoReport v2 server's state and its six methods, written from the spec
// (open311/open311.github.io GeoReport/v2/index.md), independent of the adapter's code so the
// two can disagree. Handlers return a status and a JSON-shaped body; the HTTP side (formats,
// faults) lives in testing-server.ts.

import {
  GEOREPORT_DEFINITIONS,
  GEOREPORT_SERVICES,
  type GeoReportAttributeFixture,
  type GeoReportServiceFixture,
} from './testing-fixture';
import { requestProblems } from './testing-server-checks';

export interface StoredGeoReportRequest {
  /** Undefined while a batch request waits for processing. */
  id?: string;
  token?: string;
  serviceCode: string;
  status: 'open' | 'closed';
  statusNotes?: string;
  agencyResponsible?: string;
  serviceNotice?: string;
  description?: string;
  requestedAt: number;
  updatedAt: number;
  expectedAt?: number;
  address?: string;
  addressId?: string;
  lat?: number;
  long?: number;
  mediaUrl?: string;
  attributes: Record<string, string | string[]>;
  /** Kept by the server, never in a GET answer (spec: not part of the public request). */
  personal: Record<string, string>;
  /** GET /tokens calls left before a batch request gets its id. */
  pollsLeft?: number;
}

export interface GeoReportStateOptions {
  readonly apiKey: string;
  readonly jurisdictionId?: string;
  readonly services: readonly GeoReportServiceFixture[];
  readonly definitions: Readonly<Record<string, readonly GeoReportAttributeFixture[]>>;
  readonly now: () => number;
  readonly paging: boolean;
  readonly idList: boolean;
  readonly publicDescriptions: boolean;
  readonly batchPolls: number;
  readonly expectedDays: number | undefined;
}

export type Answer = { status: number; body: unknown };
type Params = ReadonlyMap<string, string>;

const DAY = 86_400_000;
const error = (status: number, description: string, code: number | string = status): Answer => ({
  status,
  body: [{ code, description }],
});
const w3c = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A W3C date-time with its zone, as the spec requires; NaN otherwise. */
function parseDate(value: string): number {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/.test(value)
    ? Date.parse(value)
    : Number.NaN;
}

export const DEFAULT_STATE_OPTIONS = {
  apiKey: 'test-api-key',
  services: GEOREPORT_SERVICES,
  definitions: GEOREPORT_DEFINITIONS,
  now: () => Date.now(),
  paging: true,
  idList: true,
  publicDescriptions: true,
  batchPolls: 1,
  expectedDays: 3,
} satisfies GeoReportStateOptions;

export function createGeoReportState(options: GeoReportStateOptions) {
  const stored: StoredGeoReportRequest[] = [];
  let nextId = 100_000;
  let nextToken = 1;
  const service = (code: string) => options.services.find((s) => s.service_code === code);

  /** 400 without jurisdiction_id, 404 for another one (only when this server has one). */
  const jurisdiction = (params: Params): Answer | undefined => {
    if (!options.jurisdictionId) return undefined;
    const given = params.get('jurisdiction_id');
    if (!given) return error(400, 'jurisdiction_id was not provided');
    return given === options.jurisdictionId
      ? undefined
      : error(404, `jurisdiction_id ${given} was not found`);
  };

  const publicRequest = (r: StoredGeoReportRequest) => ({
    service_request_id: r.id,
    status: r.status,
    status_notes: r.statusNotes ?? null,
    service_name: service(r.serviceCode)?.service_name ?? null,
    service_code: r.serviceCode,
    description: options.publicDescriptions ? (r.description ?? null) : null,
    agency_responsible: r.agencyResponsible ?? null,
    service_notice: r.serviceNotice ?? null,
    requested_datetime: w3c(r.requestedAt),
    updated_datetime: w3c(r.updatedAt),
    expected_datetime: r.expectedAt === undefined ? null : w3c(r.expectedAt),
    address: r.address ?? null,
    address_id: r.addressId ?? null,
    zipcode: null,
    lat: r.lat ?? null,
    long: r.long ?? null,
    media_url: r.mediaUrl ?? null,
  });

  const visible = () => stored.filter((r) => r.id !== undefined);

  return {
    stored,
    publicRequest,

    services(params: Params): Answer {
      return jurisdiction(params) ?? { status: 200, body: options.services };
    },

    definition(params: Params, code: string): Answer {
      const refused = jurisdiction(params);
      if (refused) return refused;
      if (!service(code)) return error(404, `service_code ${code} was not found`);
      return {
        status: 200,
        body: { service_code: code, attributes: options.definitions[code] ?? [] },
      };
    },

    create(form: Params, attributes: Record<string, string | string[]>): Answer {
      if (form.get('api_key') !== options.apiKey) {
        return error(403, "Invalid api_key received -- can't proceed with create_request.");
      }
      const refused = jurisdiction(form);
      if (refused) return refused;
      const code = form.get('service_code');
      if (!code) return error(400, 'service_code was not provided');
      const kind = service(code);
      if (!kind) return error(404, `service_code ${code} was not found`);
      const problems = requestProblems(form, attributes, options.definitions[code] ?? []);
      const lat = form.get('lat');
      const long = form.get('long');
      const address = form.get('address_string');
      const addressId = form.get('address_id');
      const description = form.get('description');
      const media = form.get('media_url');
      if (problems.length > 0) return { status: 400, body: problems };
      const at = options.now();
      const personal: Record<string, string> = {};
      for (const field of [
        'email',
        'device_id',
        'account_id',
        'first_name',
        'last_name',
        'phone',
      ]) {
        const value = form.get(field);
        if (value !== undefined) personal[field] = value;
      }
      const request: StoredGeoReportRequest = {
        serviceCode: code,
        status: 'open',
        requestedAt: at,
        updatedAt: at,
        ...(options.expectedDays === undefined
          ? {}
          : { expectedAt: at + options.expectedDays * DAY }),
        ...(description === undefined ? {} : { description }),
        ...(address === undefined ? {} : { address }),
        ...(addressId === undefined ? {} : { addressId }),
        ...(lat === undefined ? {} : { lat: Number(lat), long: Number(long) }),
        ...(media === undefined ? {} : { mediaUrl: media }),
        attributes,
        personal,
        serviceNotice: `Sẽ được xử lý trong ${options.expectedDays ?? 3} ngày làm việc`,
      };
      stored.push(request);
      if (kind.type === 'batch') {
        request.token = `T${nextToken++}`;
        request.pollsLeft = options.batchPolls;
        return {
          status: 200,
          body: [{ token: request.token, service_notice: request.serviceNotice }],
        };
      }
      request.id = String(nextId++);
      if (kind.type === 'blackbox')
        return { status: 200, body: [{ service_notice: request.serviceNotice }] };
      return {
        status: 200,
        body: [
          {
            service_request_id: request.id,
            service_notice: request.serviceNotice,
            account_id: null,
          },
        ],
      };
    },

    token(params: Params, token: string): Answer {
      const refused = jurisdiction(params);
      if (refused) return refused;
      const request = stored.find((r) => r.token === token);
      if (!request) return error(404, `token ${token} was not found`);
      if (request.id === undefined && (request.pollsLeft ?? 0) <= 0) request.id = String(nextId++);
      else if (request.id === undefined) request.pollsLeft = (request.pollsLeft ?? 1) - 1;
      return {
        status: 200,
        body: [{ token, ...(request.id === undefined ? {} : { service_request_id: request.id }) }],
      };
    },

    one(params: Params, id: string): Answer {
      const refused = jurisdiction(params);
      if (refused) return refused;
      const request = visible().find((r) => r.id === id);
      return request
        ? { status: 200, body: [publicRequest(request)] }
        : error(404, `service_request_id ${id} was not found`);
    },

    list(params: Params): Answer {
      const refused = jurisdiction(params);
      if (refused) return refused;
      const newest = (a: StoredGeoReportRequest, b: StoredGeoReportRequest) =>
        b.requestedAt - a.requestedAt || Number(b.id) - Number(a.id);
      const ids = params.get('service_request_id');
      if (ids && options.idList) {
        const wanted = ids.split(',').map((s) => s.trim());
        return {
          status: 200,
          body: visible()
            .filter((r) => wanted.includes(r.id ?? ''))
            .map(publicRequest),
        };
      }
      const startText = params.get('start_date');
      const endText = params.get('end_date');
      const start = startText === undefined ? undefined : parseDate(startText);
      const end = endText === undefined ? undefined : parseDate(endText);
      if (Number.isNaN(start) || Number.isNaN(end)) {
        return error(400, 'start_date and end_date must be W3C date-times with a time zone');
      }
      const to = end ?? options.now();
      const from = start ?? to - 90 * DAY;
      if (to - from > 90 * DAY)
        return error(400, 'start_date to end_date may not span more than 90 days');
      if (to < from) return error(400, 'end_date is before start_date');
      const codes = params
        .get('service_code')
        ?.split(',')
        .map((s) => s.trim());
      const statuses = params
        .get('status')
        ?.split(',')
        .map((s) => s.trim());
      const matching = visible()
        .filter(
          (r) =>
            r.requestedAt >= from &&
            r.requestedAt <= to &&
            (!codes || codes.includes(r.serviceCode)) &&
            (!statuses || statuses.includes(r.status)),
        )
        .sort(newest);
      const page = Number(params.get('page') ?? '1');
      const size = Number(params.get('page_size') ?? '1000');
      if (
        !options.paging ||
        (params.get('page') === undefined && params.get('page_size') === undefined)
      ) {
        return { status: 200, body: matching.slice(0, 1000).map(publicRequest) };
      }
      if (!(Number.isInteger(page) && page >= 1 && Number.isInteger(size) && size >= 1)) {
        return error(400, 'page and page_size must be positive integers');
      }
      return {
        status: 200,
        body: matching.slice((page - 1) * size, page * size).map(publicRequest),
      };
    },
  };
}

export type GeoReportState = ReturnType<typeof createGeoReportState>;
