// Readers for GeoReport v2 JSON. The spec derives JSON from XML ("Spark convention") and real
// servers differ: a bare array (the spec's examples), `{ "services": [...] }`, or
// `{ "service_requests": [{ "request": {...} }] }`; codes and ids as strings or numbers; booleans
// as `true` or `"true"`. Every reader accepts all of these and returns plain typed records;
// an empty value is the same as an absent one ("Optional Arguments" in the spec).
import { parseW3cDateTime } from './time';

export type Open311ServiceType = 'realtime' | 'batch' | 'blackbox';

/** One entry of `GET /services`. */
export interface Open311Service {
  readonly code: string;
  readonly name: string;
  readonly description?: string;
  /** `true`: the service has a definition with attributes (`GET /services/{code}`). */
  readonly metadata: boolean;
  readonly type: Open311ServiceType;
  readonly keywords: readonly string[];
  readonly group?: string;
}

export type Open311Datatype =
  | 'string'
  | 'number'
  | 'datetime'
  | 'text'
  | 'singlevaluelist'
  | 'multivaluelist';

/** One attribute of a service definition. */
export interface Open311Attribute {
  /** `false`: text shown to the citizen only, nothing to answer. */
  readonly variable: boolean;
  readonly code: string;
  readonly datatype: Open311Datatype;
  readonly required: boolean;
  readonly datatypeDescription?: string;
  readonly order: number;
  readonly description?: string;
  readonly values: readonly { readonly key: string; readonly name: string }[];
}

/** One request of `GET /requests` or `GET /requests/{id}` (times as epoch ms). */
export interface Open311Request {
  readonly id: string;
  readonly status: 'open' | 'closed';
  readonly statusNotes?: string;
  readonly serviceCode?: string;
  readonly serviceName?: string;
  readonly description?: string;
  readonly agencyResponsible?: string;
  readonly serviceNotice?: string;
  readonly requestedAt?: number;
  readonly updatedAt?: number;
  readonly expectedAt?: number;
  readonly address?: string;
  readonly lat?: number;
  readonly long?: number;
  readonly mediaUrl?: string;
}

/** The answer to `POST /requests` or `GET /tokens/{token}`: an id xor a token (or neither). */
export interface Open311Receipt {
  readonly id?: string;
  readonly token?: string;
  readonly serviceNotice?: string;
}

export interface Open311ErrorItem {
  readonly code: string;
  readonly description: string;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string (numbers become strings); empty or anything else is absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const bool = (value: unknown): boolean => value === true || value === 'true';

function num(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/**
 * The records of a list answer: `[...]`, `{ outer: [...] }`, `{ outer: { inner: [...] } }`,
 * `[{ inner: {...} }]`. Undefined when the body is none of these.
 */
export function records(body: unknown, outer: string, inner: string): unknown[] | undefined {
  let value = body;
  let unwrapped = false;
  if (isObject(value) && outer in value) {
    value = value[outer];
    unwrapped = true;
  }
  if (isObject(value) && inner in value) {
    value = value[inner];
    unwrapped = true;
  }
  if (value === null || value === '' || value === undefined) return unwrapped ? [] : undefined;
  if (!Array.isArray(value)) return unwrapped && isObject(value) ? [value] : undefined;
  return value.flatMap((item) => {
    if (!isObject(item) || !(inner in item)) return [item];
    const wrapped = item[inner];
    return Array.isArray(wrapped) ? wrapped : [wrapped];
  });
}

const SERVICE_TYPES: readonly string[] = ['realtime', 'batch', 'blackbox'];

export function readService(value: unknown): Open311Service | undefined {
  if (!isObject(value)) return undefined;
  const code = text(value.service_code);
  if (code === undefined) return undefined;
  const type = text(value.type)?.toLowerCase() ?? 'realtime';
  return {
    code,
    name: text(value.service_name) ?? code,
    ...optional('description', text(value.description)),
    metadata: bool(value.metadata),
    type: (SERVICE_TYPES.includes(type) ? type : 'realtime') as Open311ServiceType,
    keywords: (text(value.keywords) ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean),
    ...optional('group', text(value.group)),
  };
}

const DATATYPES: readonly string[] = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
];

export function readAttribute(value: unknown): Open311Attribute | undefined {
  if (!isObject(value)) return undefined;
  const code = text(value.code);
  const datatype = text(value.datatype)?.toLowerCase();
  if (code === undefined || datatype === undefined || !DATATYPES.includes(datatype)) {
    return undefined;
  }
  const values = (records(value.values, 'values', 'value') ?? []).flatMap((option) => {
    const key = isObject(option) ? text(option.key) : undefined;
    return key === undefined || !isObject(option) ? [] : [{ key, name: text(option.name) ?? key }];
  });
  return {
    // The spec's default reading: an attribute is a question unless it says otherwise.
    variable: value.variable === undefined ? true : bool(value.variable),
    code,
    datatype: datatype as Open311Datatype,
    required: bool(value.required),
    ...optional('datatypeDescription', text(value.datatype_description)),
    order: num(value.order) ?? Number.MAX_SAFE_INTEGER,
    ...optional('description', text(value.description)),
    values,
  };
}

/** The attributes of `GET /services/{code}`, in the spec's display order. */
export function readDefinition(body: unknown): Open311Attribute[] | undefined {
  const definition =
    isObject(body) && isObject(body.service_definition) ? body.service_definition : body;
  if (!isObject(definition)) return undefined;
  const list = records(definition.attributes, 'attributes', 'attribute') ?? [];
  return list
    .map(readAttribute)
    .filter((a): a is Open311Attribute => a !== undefined)
    .sort((a, b) => a.order - b.order);
}

/** Zoneless or malformed times are dropped rather than guessed (the spec requires a zone). */
function time(value: unknown): number | undefined {
  const ms = parseW3cDateTime(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function readRequest(value: unknown): Open311Request | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.service_request_id);
  const status = text(value.status)?.toLowerCase();
  if (id === undefined || (status !== 'open' && status !== 'closed')) return undefined;
  const lat = num(value.lat);
  const long = num(value.long);
  const located = lat !== undefined && long !== undefined && Math.abs(lat) <= 90;
  return {
    id,
    status,
    ...optional('statusNotes', text(value.status_notes)),
    ...optional('serviceCode', text(value.service_code)),
    ...optional('serviceName', text(value.service_name)),
    ...optional('description', rawText(value.description)),
    ...optional('agencyResponsible', text(value.agency_responsible)),
    ...optional('serviceNotice', text(value.service_notice)),
    ...optional('requestedAt', time(value.requested_datetime)),
    ...optional('updatedAt', time(value.updated_datetime)),
    ...optional('expectedAt', time(value.expected_datetime)),
    ...optional('address', text(value.address)),
    ...(located && Math.abs(long) <= 180 ? { lat, long } : {}),
    ...optional('mediaUrl', text(value.media_url)),
  };
}

/** Descriptions keep their inner line breaks; only the ends are trimmed. */
function rawText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readRequests(body: unknown): Open311Request[] | undefined {
  const list = records(body, 'service_requests', 'request');
  // One malformed entry must not hide every other answer from the public list.
  return list?.map(readRequest).filter((r): r is Open311Request => r !== undefined);
}

export function readReceipt(body: unknown): Open311Receipt | undefined {
  const first = records(body, 'service_requests', 'request')?.[0] ?? body;
  if (!isObject(first)) return undefined;
  const id = text(first.service_request_id);
  const token = text(first.token);
  return {
    ...optional('id', id),
    ...optional('token', token),
    ...optional('serviceNotice', text(first.service_notice)),
  };
}

export function readErrors(body: unknown): Open311ErrorItem[] {
  return (records(body, 'errors', 'error') ?? []).flatMap((item) => {
    if (!isObject(item)) return [];
    const description = text(item.description);
    return description === undefined ? [] : [{ code: text(item.code) ?? '', description }];
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * `application/x-www-form-urlencoded` as the spec's example: repeated keys for lists
 * (`attribute[code][]=a&attribute[code][]=b`), empty values left out.
 */
export function formBody(fields: Readonly<Record<string, string | readonly string[] | undefined>>) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value !== '') body.append(key, value);
    } else {
      for (const item of value) body.append(`${key}[]`, item);
    }
  }
  return body.toString();
}
