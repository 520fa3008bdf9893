// Small procedures for the definition tests. Test-only (imported by *.test.ts files).
import type { Field, Page, ProcedureDefinition } from './types';

export const t = (vi: string, en?: string) => (en === undefined ? { vi } : { vi, en });

/** A valid procedure around the given pages (and any other overrides). */
export function procedureWith(
  pages: readonly Page[],
  overrides: Partial<ProcedureDefinition> = {},
): ProcedureDefinition {
  return {
    schemaVersion: 1,
    id: 'thu-tuc-mau',
    version: 1,
    title: t('Thủ tục mẫu'),
    summary: t('Tóm tắt'),
    sector: t('Lĩnh vực'),
    agency: { name: t('Cơ quan'), unitCode: '000.00.12.H99' },
    fee: { kind: 'none' },
    processingDays: 3,
    legalBasis: [],
    eligibility: [],
    documents: [],
    declaration: t('Tôi cam đoan.'),
    resultDelivery: ['in_person'],
    nextSteps: t('Chờ kết quả.'),
    pages,
    ...overrides,
  };
}

/** One page per field, ids `p1`, `p2`… */
export function procedureOf(
  fields: readonly Field[],
  overrides: Partial<ProcedureDefinition> = {},
) {
  return procedureWith(
    fields.map((field, i) => ({ id: `p${i + 1}`, fields: [field] })),
    overrides,
  );
}

/** A deep copy as plain JSON, to mutate freely in parse tests. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary JSON to break it
export const json = (value: unknown): Record<string, any> => JSON.parse(JSON.stringify(value));
