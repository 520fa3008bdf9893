// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parseDossierCode } from '@govmini/vn';
import { describe, expect, it } from 'vitest';
import type { AnswerIssue } from '../core/definition/api';
import { computeFee, visiblePages } from '../core/definition/flow';
import { answerIssueMessage } from '../core/definition/messages';
import { parseProcedure } from '../core/definition/parse';
import type { Answers, ProcedureDefinition } from '../core/definition/types';
import { validateAnswers } from '../core/definition/validate';
import {
  birthRegistration,
  ETHNICITY_OPTIONS,
  exampleProcedures,
  judicialRecord,
  vehicleInspection,
} from './index';

const today = '2025-07-15';
const adminData = JSON.parse(
  readFileSync('/work/shared/data/vn-admin-units-2025.json', 'utf8'),
) as {
  code: number;
  wards: { code: number }[];
}[];
const communes = new Set(
  adminData.flatMap((p) => p.wards.map((w) => `${String(p.code).padStart(2, '0')}/${w.code}`)),
);
const communeExists = (province: string, commune: string) =>
  communes.has(`${province}/${Number(commune)}`);

const check = (procedure: ProcedureDefinition, answers: Answers) =>
  validateAnswers(procedure, answers, { today, strict: true, communeExists });
const codes = (issues: readonly AnswerIssue[]) => issues.map((i) => `${i.path}:${i.code}`);

const home = { provinceCode: '01', communeCode: '4', street: 'Số 12 ngõ 5 phố Đội Cấn' };
const scan = (name: string, type = 'image/jpeg') => ({
  id: `local:${name}`,
  name,
  type,
  size: 850_000,
});

const birthAnswers: Answers = {
  applicantRelationship: 'me',
  applicantName: 'Trần Thị Hoa',
  applicantCccd: '001192012345',
  applicantPhone: '+84912345678',
  childFullName: 'Nguyễn Trần Minh An',
  childSex: 'male',
  childDateOfBirth: '2025-07-01',
  childEthnicity: '01',
  childHometown: 'Xã Hòa An, Tỉnh Mẫu',
  placeOfBirthKind: 'co-so-y-te',
  birthFacility: 'Bệnh viện Đa khoa Tỉnh Mẫu',
  placeOfBirth: { provinceCode: '01', communeCode: '4' },
  motherFullName: 'Trần Thị Hoa',
  motherDateOfBirth: '1992-03-10',
  motherEthnicity: '01',
  motherCccd: '001192012345',
  motherResidence: home,
  fatherKnown: true,
  fatherFullName: 'Nguyễn Văn Bình',
  fatherDateOfBirth: '1990-05-01',
  fatherEthnicity: '01',
  fatherCccd: '001090012345',
  fatherResidence: home,
  parentsMarried: 'da-dang-ky',
  birthProofKind: 'giay-chung-sinh',
  birthCertificateScan: [scan('giay-chung-sinh.jpg')],
  marriageCertificateScan: [scan('dang-ky-ket-hon.pdf', 'application/pdf')],
  extractCopies: 1,
};

const judicialAnswers: Answers = {
  certificateType: 'so-1',
  confirmBans: false,
  fullName: 'Lê Văn Cường',
  formerNames: 'Lê Cường',
  sex: 'male',
  dateOfBirth: '1998-09-20',
  placeOfBirth: 'Xã Hòa An, Tỉnh Mẫu',
  ethnicity: '01',
  cccd: '001098012345',
  phone: '+84987654321',
  permanentResidence: home,
  hasTemporaryResidence: false,
  fatherName: 'Lê Văn Dũng',
  motherName: 'Phạm Thị Én',
  residenceHistory: [
    {
      from: '2012-09-20',
      untilNow: false,
      to: '2016-08-31',
      place: 'Xã Hòa An, Tỉnh Mẫu',
      occupation: 'Học sinh, Trường THPT Hòa An',
    },
    {
      from: '2016-09-01',
      untilNow: true,
      place: 'Phường Ba Đình, Thành phố Hà Nội',
      occupation: 'Kỹ sư, Công ty Cổ phần Mẫu',
    },
  ],
  purpose: 'Bổ sung hồ sơ xin việc',
  copies: 2,
  feeGroup: 'thong-thuong',
  cccdPhotos: [scan('mat-truoc.jpg'), scan('mat-sau.jpg')],
};

const inspectionAnswers: Answers = {
  plate: '99A-123.45',
  vehicleType: 'o-to-con',
  inspectionType: 'dinh-ky',
  commercialTransport: false,
  ownerName: 'Phạm Văn Giang',
  ownerCccd: '001085012345',
  ownerPhone: '+84903123456',
  slot: {
    slotId: 'tm-2025-07-17-0800',
    start: '2025-07-17T08:00:00+07:00',
    end: '2025-07-17T08:30:00+07:00',
  },
};

describe('example procedures', () => {
  it('are three, with distinct ids', () => {
    expect(exampleProcedures.map((p) => p.id)).toEqual([
      'dang-ky-khai-sinh',
      'cap-phieu-ly-lich-tu-phap',
      'dat-lich-dang-kiem',
    ]);
  });

  it.each(exampleProcedures.map((p) => [p.id, p] as const))(
    '%s passes parseProcedure, also as JSON',
    (_, procedure) => {
      const result = parseProcedure(JSON.parse(JSON.stringify(procedure)));
      expect(result.ok ? [] : result.issues).toEqual([]);
      expect(result.ok && result.procedure).toEqual(procedure);
    },
  );

  it.each(exampleProcedures.map((p) => [p.id, p] as const))(
    '%s: texts are NFC, each with a translation',
    (_, procedure) => {
      const texts: { vi: string; en?: string }[] = [];
      JSON.stringify(procedure, (key, value) => {
        if (value && typeof value === 'object' && typeof value.vi === 'string') texts.push(value);
        return key === 'options' && value === ETHNICITY_OPTIONS ? undefined : value;
      });
      for (const text of texts) {
        expect(text.vi.normalize('NFC')).toBe(text.vi);
        expect(text.en, text.vi).toBeTypeOf('string');
      }
    },
  );

  it.each(exampleProcedures.map((p) => [p.id, p] as const))(
    '%s: no label or hint says a field is optional: the renderer marks it (GOV.UK)',
    (_, procedure) => {
      const fields = procedure.pages.flatMap((page) =>
        page.fields.flatMap((field) => [field, ...(field.type === 'group' ? field.fields : [])]),
      );
      const said = (text: { vi: string; en?: string } | undefined) =>
        [text?.vi, text?.en].filter(
          (words) =>
            words !== undefined &&
            /\((nếu có|không bắt buộc|tuỳ chọn|tùy chọn|if any|optional|if you have (it|one))\)|không bắt buộc|\boptional\b/i.test(
              words,
            ),
        );
      const found = fields.flatMap((field) => [
        ...said(field.label).map((words) => `${field.id} label: ${words}`),
        ...said(field.hint).map((words) => `${field.id} hint: ${words}`),
      ]);
      expect(found).toEqual([]);
    },
  );

  it.each(exampleProcedures.map((p) => [p.id, p] as const))(
    '%s: its unit code makes valid dossier codes',
    (_, procedure) => {
      const result = parseDossierCode(`${procedure.agency.unitCode}-250715-0001`);
      expect(result.ok && result.value.unit).toBe(procedure.agency.unitCode);
    },
  );

  it('lists the 54 ethnic groups with their two-digit codes', () => {
    expect(ETHNICITY_OPTIONS).toHaveLength(54);
    expect(ETHNICITY_OPTIONS[0]).toEqual({ value: '01', label: { vi: 'Kinh' } });
    expect(ETHNICITY_OPTIONS[53]?.value).toBe('54');
    expect(new Set(ETHNICITY_OPTIONS.map((o) => o.label.vi)).size).toBe(54);
  });
});

describe('birth registration', () => {
  it('accepts a realistic complete application, page by page and as a whole', () => {
    expect(codes(check(birthRegistration, birthAnswers))).toEqual([]);
    for (const page of visiblePages(birthRegistration, birthAnswers, { today })) {
      expect(
        codes(validateAnswers(birthRegistration, birthAnswers, { today, pageId: page.id })),
        page.id,
      ).toEqual([]);
    }
    expect(computeFee(birthRegistration, birthAnswers)).toBe(0);
  });

  it('without a known father, skips the father’s pages and does not ask for them', () => {
    const answers = { ...birthAnswers, fatherKnown: false };
    expect(visiblePages(birthRegistration, answers, { today }).map((p) => p.id)).not.toContain(
      'cha',
    );
    expect(codes(check(birthRegistration, answers))).toEqual([]);
  });

  it('rejects realistic mistakes', () => {
    const wrong = {
      ...birthAnswers,
      childDateOfBirth: '2025-08-01', // not born yet
      motherCccd: '001191012345', // says 1991, form says 1992
      fatherDateOfBirth: '2006-01-01', // 19: too young to be married
      applicantRelationship: 'uy-quyen', // but no letter of authorisation
      applicantPhone: '02431234567', // a landline
    };
    expect(codes(check(birthRegistration, wrong))).toEqual([
      'applicantPhone:invalid_phone',
      'childDateOfBirth:date_too_late',
      'motherCccd:cccd_mismatch',
      'fatherCccd:cccd_mismatch',
      'authorisationScan:required',
      'fatherDateOfBirth:rule',
    ]);
    const rule = check(birthRegistration, wrong).find((i) => i.code === 'rule');
    expect(rule && answerIssueMessage(rule)).toContain('đủ 20 tuổi');
  });

  it('checks the mother is born before the child', () => {
    const issues = check(birthRegistration, {
      ...birthAnswers,
      motherDateOfBirth: '2025-07-02',
      motherCccd: '001325012345',
    });
    expect(issues.map((i) => [i.path, i.params?.rule])).toEqual(
      expect.arrayContaining([['motherDateOfBirth', 'me-sinh-truoc-con']]),
    );
  });
});

describe('judicial record certificate', () => {
  it('accepts a realistic complete application; the fee follows the group', () => {
    expect(codes(check(judicialRecord, judicialAnswers))).toEqual([]);
    expect(computeFee(judicialRecord, judicialAnswers)).toBe(200_000);
    const student = {
      ...judicialAnswers,
      feeGroup: 'uu-dai',
      feeProofScan: [scan('the-sinh-vien.jpg')],
    };
    expect(codes(check(judicialRecord, student))).toEqual([]);
    expect(computeFee(judicialRecord, student)).toBe(100_000);
  });

  it('rejects realistic mistakes', () => {
    const wrong = {
      ...judicialAnswers,
      confirmBans: undefined as never,
      sex: 'female', // the CCCD says male
      residenceHistory: [
        {
          from: '2016-09-01',
          untilNow: false,
          to: '2012-08-31',
          place: 'Xã Hòa An',
          occupation: 'Học sinh',
        },
      ],
      copies: 0,
      feeGroup: 'mien', // no proof uploaded
    };
    delete (wrong as Record<string, unknown>).confirmBans;
    expect(codes(check(judicialRecord, wrong))).toEqual([
      'confirmBans:required',
      'cccd:cccd_mismatch',
      'residenceHistory.0.to:rule',
      'copies:too_small',
      'feeProofScan:required',
    ]);
  });

  it('requires at least one period of residence', () => {
    expect(codes(check(judicialRecord, { ...judicialAnswers, residenceHistory: [] }))).toEqual([
      'residenceHistory:required',
    ]);
  });
});

describe('vehicle inspection booking', () => {
  it('accepts a realistic booking', () => {
    expect(codes(check(vehicleInspection, inspectionAnswers))).toEqual([]);
    expect(computeFee(vehicleInspection, inspectionAnswers)).toBeUndefined();
  });

  it('rejects realistic mistakes', () => {
    const wrong = {
      ...inspectionAnswers,
      plate: '99-1234', // digits only: not a plate
      inspectionType: 'sau-cai-tao', // needs the modification certificate
      slot: { slotId: 'old', start: '2025-07-10T08:00:00+07:00', end: '2025-07-10T08:30:00+07:00' },
    };
    expect(codes(check(vehicleInspection, wrong))).toEqual([
      'plate:invalid_plate',
      'slot:invalid_slot',
      'modificationCertificate:required',
    ]);
  });
});
