// A small procedure for the drafts, outbox and attachment tests: every answer shape the
// migration cares about (text, date, choice, checkbox, group, photo), two versions.
import type { ProcedureDefinition } from '../definition/types';

const t = (vi: string) => ({ vi });

export const householdV1: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'xac-nhan-cu-tru',
  version: 1,
  title: t('Xác nhận thông tin cư trú'),
  summary: t('Xin giấy xác nhận nơi đang ở.'),
  sector: t('Cư trú'),
  agency: { name: t('Công an xã Thử'), unitCode: '000.00.06.H56' },
  fee: { kind: 'none' },
  processingDays: 3,
  legalBasis: [t('Luật Cư trú 2020')],
  eligibility: [t('Công dân Việt Nam')],
  documents: [],
  declaration: t('Tôi cam đoan những thông tin trên là đúng sự thật.'),
  resultDelivery: ['in_person', 'online'],
  nextSteps: t('Cơ quan sẽ báo kết quả qua Zalo.'),
  pages: [
    {
      id: 'ho-ten',
      fields: [
        { id: 'fullName', type: 'text', label: t('Họ và tên'), required: true, maxLength: 100 },
      ],
    },
    {
      id: 'ngay-sinh',
      fields: [
        { id: 'dateOfBirth', type: 'date', label: t('Ngày sinh'), required: true, max: 'today' },
      ],
    },
    {
      id: 'ly-do',
      fields: [
        {
          id: 'purpose',
          type: 'radio',
          label: t('Dùng giấy xác nhận để làm gì?'),
          required: true,
          options: [
            { value: 'hoc-tap', label: t('Học tập') },
            { value: 'viec-lam', label: t('Việc làm') },
            { value: 'khac', label: t('Việc khác') },
          ],
        },
        {
          id: 'needs',
          type: 'checkbox',
          label: t('Cần thêm gì?'),
          options: [
            { value: 'ban-sao', label: t('Bản sao') },
            { value: 'dich', label: t('Bản dịch') },
          ],
        },
      ],
    },
    {
      id: 'thanh-vien',
      fields: [
        {
          id: 'members',
          type: 'group',
          label: t('Người cùng ở'),
          itemLabel: t('Người {n}'),
          addLabel: t('Thêm người'),
          fields: [
            { id: 'name', type: 'text', label: t('Họ và tên'), required: true },
            { id: 'age', type: 'number', label: t('Tuổi'), integer: true },
          ],
        },
      ],
    },
    {
      id: 'anh',
      fields: [{ id: 'photo', type: 'photo', label: t('Ảnh giấy tờ'), maxFiles: 2 }],
    },
  ],
};

/** v2: `needs` removed, `purpose` lost an option, members' `age` became a date, a new page. */
export const householdV2: ProcedureDefinition = {
  ...householdV1,
  version: 2,
  pages: [
    householdV1.pages[0] as ProcedureDefinition['pages'][number],
    householdV1.pages[1] as ProcedureDefinition['pages'][number],
    {
      id: 'muc-dich',
      fields: [
        {
          id: 'purpose',
          type: 'radio',
          label: t('Dùng giấy xác nhận để làm gì?'),
          required: true,
          options: [
            { value: 'hoc-tap', label: t('Học tập') },
            { value: 'viec-lam', label: t('Việc làm') },
          ],
        },
      ],
    },
    {
      id: 'thanh-vien',
      fields: [
        {
          id: 'members',
          type: 'group',
          label: t('Người cùng ở'),
          itemLabel: t('Người {n}'),
          addLabel: t('Thêm người'),
          fields: [
            { id: 'name', type: 'text', label: t('Họ và tên'), required: true },
            { id: 'age', type: 'date', label: t('Ngày sinh') },
          ],
        },
      ],
    },
    householdV1.pages[4] as ProcedureDefinition['pages'][number],
  ],
};
