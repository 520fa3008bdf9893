// Where a province backend keeps consent decisions. Append-only: Law 91/2025 asks the
// controller to prove what was agreed, when, and to which text, so nothing is overwritten.
import type { ConsentRecord } from '../core/types';

export interface ConsentRecordStore {
  /** Adds decisions; earlier ones stay as evidence. Exact duplicates are ignored (clients resend). */
  append(zaloId: string, records: readonly ConsentRecord[]): Promise<void>;
  /** The latest decision per purpose (by `decidedAt`; on a tie, the one appended last). */
  latest(zaloId: string): Promise<ConsentRecord[]>;
}

export interface MemoryConsentStore extends ConsentRecordStore {
  /** Every decision in the order received, for audits and tests. */
  history(zaloId: string): Promise<ConsentRecord[]>;
}

/** For tests and single-process demos; a real backend implements the interface over its database. */
export function createMemoryConsentStore(): MemoryConsentStore {
  const byUser = new Map<string, ConsentRecord[]>();
  return {
    async append(zaloId, records) {
      const list = byUser.get(zaloId) ?? [];
      for (const record of records) {
        // Idempotent: a client resends its records after a failed delivery.
        if (list.some((kept) => sameRecord(kept, record))) continue;
        list.push(Object.freeze({ ...record }));
      }
      byUser.set(zaloId, list);
    },
    async latest(zaloId) {
      const latest = new Map<string, ConsentRecord>();
      for (const record of byUser.get(zaloId) ?? []) {
        const previous = latest.get(record.purposeId);
        if (
          previous === undefined ||
          Date.parse(record.decidedAt) >= Date.parse(previous.decidedAt)
        ) {
          latest.set(record.purposeId, record);
        }
      }
      return [...latest.values()];
    },
    async history(zaloId) {
      return [...(byUser.get(zaloId) ?? [])];
    },
  };
}

function sameRecord(a: ConsentRecord, b: ConsentRecord): boolean {
  return (
    a.purposeId === b.purposeId &&
    a.version === b.version &&
    a.decision === b.decision &&
    a.decidedAt === b.decidedAt &&
    a.textHash === b.textHash
  );
}

const DECISIONS = new Set(['granted', 'refused', 'withdrawn']);

/** Shape check for records arriving over HTTP (the store keeps only well-formed evidence). */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.purposeId === 'string' &&
    record.purposeId.length > 0 &&
    record.purposeId.length <= 200 &&
    typeof record.version === 'number' &&
    Number.isInteger(record.version) &&
    record.version >= 1 &&
    typeof record.decision === 'string' &&
    DECISIONS.has(record.decision) &&
    typeof record.decidedAt === 'string' &&
    !Number.isNaN(Date.parse(record.decidedAt)) &&
    typeof record.textHash === 'string' &&
    /^[0-9a-f]{64}$/.test(record.textHash)
  );
}
