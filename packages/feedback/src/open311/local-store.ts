// What Open311 does not keep for us, kept on the device: which idempotency key became which
// request (the spec has no idempotency), which requests are "mine" (the spec has no owner),
// and what the citizen chose (showName, publish, notify) and sent (photos, exact location).
// A record is written *before* the POST, so a reload or a lost answer leaves a `pending`
// record that the next attempt with the same key reconciles instead of filing blindly.
import type { ReportLocation, ReportPhoto } from '../core/types';
import { isObject } from './wire';

/** Where records live: the platform's StorageApi fits (`platform.storage.forUser(id)`). */
export interface Open311Storage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** In-memory storage (the default): records last as long as the page. */
export function createMemoryOpen311Storage(): Open311Storage {
  const values = new Map<string, string>();
  return {
    async get(key) {
      const value = values.get(key);
      return value === undefined ? undefined : JSON.parse(value);
    },
    async set(key, value) {
      values.set(key, JSON.stringify(value));
    },
  };
}

/** The citizen's side of a report, as sent. */
export interface LocalReport {
  readonly categoryId: string;
  readonly description: string;
  readonly location: ReportLocation;
  readonly photos: readonly ReportPhoto[];
  readonly showName: boolean;
  readonly publish: boolean;
  readonly notify: boolean;
  readonly reporterName?: string;
  readonly createdAt: string;
}

export interface SubmitRecord {
  readonly v: 1;
  readonly idempotencyKey: string;
  readonly owner: string;
  /** Of the NewReport without its key: the same key with another report is a conflict. */
  readonly fingerprint: string;
  /** `pending`: the POST may or may not have reached the server. */
  readonly state: 'pending' | 'filed';
  /** Epoch ms when the (last) POST started. */
  readonly sentAt: number;
  readonly serviceCode: string;
  /** The exact form fields that identify the request, for reconciliation. */
  readonly sent: {
    readonly description: string;
    readonly lat?: string;
    readonly long?: string;
    readonly addressString?: string;
  };
  readonly requestId?: string;
  readonly token?: string;
  readonly serviceNotice?: string;
  readonly report: LocalReport;
}

const isRecord = (value: unknown): value is SubmitRecord =>
  isObject(value) &&
  value.v === 1 &&
  typeof value.idempotencyKey === 'string' &&
  typeof value.owner === 'string' &&
  typeof value.fingerprint === 'string' &&
  (value.state === 'pending' || value.state === 'filed') &&
  typeof value.sentAt === 'number' &&
  isObject(value.sent) &&
  isObject(value.report);

export interface LocalReports {
  /** Keys are per owner: the same key from another citizen is another report. */
  get(owner: string, idempotencyKey: string): Promise<SubmitRecord | undefined>;
  put(record: SubmitRecord): Promise<void>;
  /** The server refused the report outright: the key may be used again (after a fix). */
  forget(owner: string, idempotencyKey: string): Promise<void>;
  /** The owner's filed reports, newest first. */
  owned(owner: string): Promise<SubmitRecord[]>;
  /** Photos uploaded by an owner, by URL: only these may be attached to their reports. */
  putPhoto(owner: string, photo: ReportPhoto): Promise<void>;
  getPhoto(owner: string, url: string): Promise<ReportPhoto | undefined>;
}

/** Records under `namespace` (one per endpoint and jurisdiction, so two servers never mix). */
export function createLocalReports(storage: Open311Storage, namespace: string): LocalReports {
  const recordKey = (owner: string, key: string) =>
    `${namespace}/submit/${encodeURIComponent(owner)}/${key}`;
  const photoKey = (owner: string, url: string) =>
    `${namespace}/photo/${encodeURIComponent(owner)}/${fingerprint(url)}`;
  const indexKey = (owner: string) => `${namespace}/mine/${encodeURIComponent(owner)}`;
  const index = async (owner: string): Promise<string[]> => {
    const value = await storage.get(indexKey(owner)).catch(forgotten);
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  };
  const get = async (owner: string, key: string) => {
    const value = await storage.get(recordKey(owner, key)).catch(forgotten);
    return isRecord(value) && value.owner === owner ? value : undefined;
  };
  return {
    get,
    async put(record) {
      await storage.set(recordKey(record.owner, record.idempotencyKey), record);
      if (record.state !== 'filed') return;
      const keys = await index(record.owner);
      if (!keys.includes(record.idempotencyKey)) {
        await storage.set(indexKey(record.owner), [record.idempotencyKey, ...keys]);
      }
    },
    async forget(owner, key) {
      await storage.set(recordKey(owner, key), null);
    },
    async owned(owner) {
      const records = await Promise.all((await index(owner)).map((key) => get(owner, key)));
      return records.filter((r): r is SubmitRecord => r?.state === 'filed');
    },
    async putPhoto(owner, photo) {
      await storage.set(photoKey(owner, photo.url), photo);
    },
    async getPhoto(owner, url) {
      const value = await storage.get(photoKey(owner, url)).catch(forgotten);
      return isObject(value) && value.url === url && typeof value.type === 'string'
        ? (value as unknown as ReportPhoto)
        : undefined;
    },
  };
}

/** A value the host dropped (StorageApi rejects `storage_evicted`) is a value we never had. */
function forgotten(error: unknown): undefined {
  if (isObject(error) && error.code === 'storage_evicted') return undefined;
  throw error;
}

/** A short, stable fingerprint (53-bit FNV-style hash of the JSON). */
export function fingerprint(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
