// Consent as data (Law 91/2025, Decree 356/2025): purposes are validated JSON, every decision
// is a record { purposeId, version, decision, decidedAt, textHash } that proves which exact
// Vietnamese text the citizen saw. The hash's canonical form is published in
// openapi/auth.yaml (ConsentRecord.textHash) so a backend can recompute it.
import type { ConsentDecision, ConsentPurpose, ConsentRecord, LocalizedText } from './types';

/** First line of the canonical form; bump only with a new, documented form. */
export const CONSENT_HASH_FORM = 'govmini-consent/1';

const TEXT_FIELDS = ['title', 'data', 'why', 'processor', 'retention'] as const;
const encoder = new TextEncoder();

/**
 * The exact bytes hashed: `govmini-consent/1\n`, then for each field in this order — id,
 * version (decimal), `required`|`optional`, title.vi, data.vi, why.vi, processor.vi,
 * retention.vi, withdrawEffect.vi (or empty) — `<UTF-8 byte length>:<NFC text>\n`. Length
 * prefixes make field boundaries unambiguous whatever the texts contain.
 */
export function consentCanonicalText(purpose: ConsentPurpose): string {
  const fields = [
    purpose.id,
    String(purpose.version),
    purpose.required ? 'required' : 'optional',
    ...TEXT_FIELDS.map((field) => purpose[field].vi),
    purpose.withdrawEffect?.vi ?? '',
  ];
  let out = `${CONSENT_HASH_FORM}\n`;
  for (const field of fields) {
    const text = field.normalize('NFC');
    out += `${encoder.encode(text).length}:${text}\n`;
  }
  return out;
}

/** SHA-256 (lowercase hex) of the canonical form, with Web Crypto (browsers, Node ≥ 20). */
export async function consentTextHash(purpose: ConsentPurpose): Promise<string> {
  const bytes = encoder.encode(consentCanonicalText(purpose));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `2026-11-29T19:30:00+07:00`: Vietnam time, as a printed consent record would show it. */
export function formatVietnamTime(epochMs: number): string {
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + 7 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/** A decision on one purpose, ready to store and send. */
export async function decide(
  purpose: ConsentPurpose,
  decision: ConsentDecision,
  now: number | Date = Date.now(),
): Promise<ConsentRecord> {
  return {
    purposeId: purpose.id,
    version: purpose.version,
    decision,
    decidedAt: formatVietnamTime(typeof now === 'number' ? now : now.getTime()),
    textHash: await consentTextHash(purpose),
  };
}

/** Withdrawal is a new record, never an edit: the earlier grant stays as proof. */
export function withdraw(
  purpose: ConsentPurpose,
  now: number | Date = Date.now(),
): Promise<ConsentRecord> {
  return decide(purpose, 'withdrawn', now);
}

/**
 * The latest record per purpose (by `decidedAt`; on a tie the later one in the list wins), in
 * the order purposes first appear.
 */
export function latestRecords(records: readonly ConsentRecord[]): ConsentRecord[] {
  const latest = new Map<string, ConsentRecord>();
  for (const record of records) {
    const seen = latest.get(record.purposeId);
    if (!seen || Date.parse(record.decidedAt) >= Date.parse(seen.decidedAt)) {
      // Map.set on a known key keeps its position: purposes stay in first-seen order.
      latest.set(record.purposeId, record);
    }
  }
  return [...latest.values()];
}

/**
 * Purposes the citizen must be asked about: no record, a record for another version (the text
 * changed), or a required purpose not granted. A refused or withdrawn optional purpose of the
 * current version is not asked again (asking again and again is pressure, not consent).
 */
export function pendingPurposes(
  purposes: readonly ConsentPurpose[],
  records: readonly ConsentRecord[],
): ConsentPurpose[] {
  const latest = new Map(latestRecords(records).map((record) => [record.purposeId, record]));
  return purposes.filter((purpose) => {
    const record = latest.get(purpose.id);
    if (!record || record.version !== purpose.version) return true;
    return purpose.required && record.decision !== 'granted';
  });
}

// ---- Validating purpose definitions (developer-facing errors) ----

export type ConsentPurposeIssueCode =
  | 'invalid_json'
  | 'not_array'
  | 'not_object'
  | 'invalid_id'
  | 'duplicate_id'
  | 'invalid_version'
  | 'invalid_required'
  | 'missing_text'
  | 'invalid_text';

export interface ConsentPurposeIssue {
  readonly code: ConsentPurposeIssueCode;
  /** Where, e.g. `[2].title.vi`. */
  readonly path: string;
  readonly message: string;
}

/** Purpose definitions that cannot be shown to citizens; lists every problem found. */
export class ConsentPurposesError extends Error {
  override readonly name = 'ConsentPurposesError';
  readonly issues: readonly ConsentPurposeIssue[];
  constructor(issues: readonly ConsentPurposeIssue[]) {
    super(
      `Invalid consent purposes:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.issues = issues;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates purpose definitions (a JSON string or parsed JSON) and returns them with texts
 * NFC-normalised. Optional purposes must say what withdrawing changes (`withdrawEffect`),
 * because ConsentSettings explains it before the citizen withdraws.
 */
export function parseConsentPurposes(json: unknown): ConsentPurpose[] {
  const issues: ConsentPurposeIssue[] = [];
  const fail = (code: ConsentPurposeIssueCode, path: string, message: string) => {
    issues.push({ code, path, message });
  };
  const stop = (code: ConsentPurposeIssueCode, message: string) => {
    fail(code, '', message);
    return new ConsentPurposesError(issues);
  };
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      throw stop('invalid_json', 'not valid JSON');
    }
  }
  if (!Array.isArray(value)) throw stop('not_array', 'expected an array of purposes');

  const text = (raw: unknown, path: string, mandatory: boolean): LocalizedText | undefined => {
    if (raw === undefined && !mandatory) return undefined;
    if (!isObject(raw) || typeof raw.vi !== 'string' || raw.vi.trim() === '') {
      fail('missing_text', `${path}.vi`, 'Vietnamese text is required');
      return undefined;
    }
    if (raw.en !== undefined && typeof raw.en !== 'string') {
      fail('invalid_text', `${path}.en`, 'English text must be a string');
      return undefined;
    }
    const vi = raw.vi.normalize('NFC');
    return typeof raw.en === 'string' ? { vi, en: raw.en.normalize('NFC') } : { vi };
  };

  const seen = new Map<string, number>();
  const purposes: ConsentPurpose[] = [];
  value.forEach((raw: unknown, index) => {
    const at = `[${index}]`;
    if (!isObject(raw)) {
      fail('not_object', at, 'expected an object');
      return;
    }
    const before = issues.length;
    const { id, version, required } = raw;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      fail('invalid_id', `${at}.id`, 'id must be lowercase letters, digits, ".", "_" or "-"');
    } else if (seen.has(id)) {
      fail('duplicate_id', `${at}.id`, `duplicate id "${id}" (also at [${seen.get(id)}])`);
    } else {
      seen.set(id, index);
    }
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      fail('invalid_version', `${at}.version`, 'version must be a positive integer');
    }
    if (typeof required !== 'boolean') {
      fail('invalid_required', `${at}.required`, 'required must be true or false');
    }
    const texts = TEXT_FIELDS.map((field) => text(raw[field], `${at}.${field}`, true));
    const withdrawEffect = text(raw.withdrawEffect, `${at}.withdrawEffect`, required === false);
    if (issues.length > before) return;
    const [title, data, why, processor, retention] = texts as LocalizedText[];
    purposes.push({
      id: id as string,
      version: version as number,
      required: required as boolean,
      title: title as LocalizedText,
      data: data as LocalizedText,
      why: why as LocalizedText,
      processor: processor as LocalizedText,
      retention: retention as LocalizedText,
      ...(withdrawEffect ? { withdrawEffect } : {}),
    });
  });
  if (issues.length > 0) throw new ConsentPurposesError(issues);
  return purposes;
}
