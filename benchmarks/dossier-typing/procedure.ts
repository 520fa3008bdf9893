// The benchmark's form, twice: a one-page GovMini procedure with 100 text fields, and the JSON
// Schema that says the same (same labels, same required fields, same maxLength), derived from
// it so the two cannot drift apart. Pure data, no imports at run time: both pages and the
// runner use it.
import type { ProcedureDefinition, TextField } from '@govmini/dossier';

export const FIELD_COUNT = 100;
/** The field typed into: in the middle, so half the form is above it and half below. */
export const TARGET_FIELD = 50;
export const PAGE_ID = 'thong-tin';

export const fieldId = (n: number) => `truong_${n}`;
export const fieldLabel = (n: number) => `Trường ${n}`;

const MAX_LENGTHS = [50, 100, 200] as const;

/** Every third field required; maxLength cycles 50/100/200 (field 50 gets 200: room to type). */
function makeField(n: number): TextField {
  return {
    id: fieldId(n),
    type: 'text',
    label: { vi: fieldLabel(n), en: `Field ${n}` },
    required: n % 3 === 0,
    maxLength: MAX_LENGTHS[n % 3] ?? 200,
  };
}

export function makeProcedure(count = FIELD_COUNT): ProcedureDefinition {
  const fields = Array.from({ length: count }, (_, i) => makeField(i + 1));
  return {
    schemaVersion: 1,
    id: 'bench-100-fields',
    version: 1,
    title: { vi: 'Tờ khai 100 trường', en: '100-field declaration' },
    summary: { vi: 'Thủ tục tạo ra để đo tốc độ gõ.', en: 'A generated procedure for timing.' },
    sector: { vi: 'Đo kiểm', en: 'Benchmark' },
    agency: { name: { vi: 'UBND tỉnh Mẫu', en: 'Sample Province' }, unitCode: '000.00.06.H56' },
    fee: { kind: 'none' },
    processingDays: 0,
    legalBasis: [],
    eligibility: [{ vi: 'Công dân', en: 'Citizens' }],
    documents: [],
    declaration: { vi: 'Tôi cam đoan thông tin trên là đúng.', en: 'I declare this is true.' },
    resultDelivery: ['online'],
    nextSteps: { vi: 'Không có.', en: 'None.' },
    pages: [
      {
        id: PAGE_ID,
        title: { vi: 'Thông tin tờ khai', en: 'Declaration details' },
        fields,
      },
    ],
  };
}

/** The JSON Schema RJSF renders: one string property per field, same required and maxLength. */
export interface StringFormSchema {
  type: 'object';
  title: string;
  required: string[];
  properties: Record<string, { type: 'string'; title: string; maxLength?: number }>;
}

export function toJsonSchema(procedure: ProcedureDefinition): StringFormSchema {
  const page = procedure.pages[0];
  if (!page) throw new Error('toJsonSchema: procedure.pages[0] is missing');
  const properties: StringFormSchema['properties'] = {};
  const required: string[] = [];
  for (const field of page.fields) {
    if (field.type !== 'text') throw new Error(`toJsonSchema: ${field.id} is not a text field`);
    properties[field.id] = {
      type: 'string',
      title: field.label.vi,
      ...(field.maxLength !== undefined && { maxLength: field.maxLength }),
    };
    if (field.required === true) required.push(field.id);
  }
  return { type: 'object', title: page.title?.vi ?? procedure.title.vi, required, properties };
}
