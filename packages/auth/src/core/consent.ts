// Consent as data (Law 91/2025, Decree 356/2025): purposes are validated JSON, every decision
// is a record { purposeId, version, decision, decidedAt, textHash } that proves which exact
// Vietnamese text the citizen saw. The hash's canonical form is published in
// openapi/auth.yaml (ConsentRecord.textHash) so a backend can recompute it.
import type { ConsentDecision, ConsentPurpose, ConsentRecord } from './types';

/** First line of the canonical form; bump only with a new, documented form. */
export const CONSENT_HASH_FORM = 'govmini-consent/1';

/** The texts of a purpose, in the canonical form's order (withdrawEffect comes last). */
export const TEXT_FIELDS = ['title', 'data', 'why', 'processor', 'retention'] as const;
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
  // toISOString() is floor-based, so slicing it drops the milliseconds without rounding up.
  return `${new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
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
    decidedAt: formatVietnamTime(+now),
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
