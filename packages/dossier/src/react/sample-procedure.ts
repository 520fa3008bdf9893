// A small, realistic procedure that exercises the journey's branches (prefill, a conditional
// page, a repeating group, an address, photos, on-behalf filing, two ways to get the result),
// for stories and tests. The real procedures are in src/examples. Not exported.
import type { ProcedureDefinition } from '../core/definition/types';

export const sampleProcedure: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'xac-nhan-cu-tru-mau',
  version: 3,
  nationalCode: '1.004194',
  title: { vi: 'Xác nhận thông tin về cư trú', en: 'Confirmation of residence information' },
  summary: {
    vi: 'Xin giấy xác nhận nơi thường trú, tạm trú của bản thân và các thành viên trong hộ.',
    en: 'Ask for a letter confirming the permanent or temporary residence of a household.',
  },
  sector: { vi: 'Đăng ký, quản lý cư trú', en: 'Residence registration' },
  agency: {
    name: { vi: 'Công an xã Tân Phong', en: 'Tân Phong Commune Police' },
    unitCode: '000.00.06.H56',
  },
  fee: { kind: 'fixed', amount: 10000 },
  processingDays: 3,
  legalBasis: [
    { vi: 'Luật Cư trú số 68/2020/QH14', en: 'Law on Residence No. 68/2020/QH14' },
    { vi: 'Thông tư 55/2021/TT-BCA', en: 'Circular 55/2021/TT-BCA' },
  ],
  eligibility: [
    {
      vi: 'Công dân Việt Nam đã đăng ký cư trú',
      en: 'Vietnamese citizens with a registered residence',
    },
  ],
  documents: [
    {
      id: 'to-khai',
      title: { vi: 'Tờ khai thay đổi thông tin cư trú (CT01)', en: 'Residence form (CT01)' },
      originals: 1,
      required: true,
    },
    {
      id: 'giay-uy-quyen',
      title: {
        vi: 'Giấy uỷ quyền (khi nộp thay)',
        en: 'Power of attorney (when filing for someone)',
      },
      originals: 1,
      copies: 1,
      required: false,
      note: { vi: 'Có chứng thực', en: 'Certified' },
    },
  ],
  onBehalf: {
    allowed: true,
    relationships: [
      { value: 'cha-me', label: { vi: 'Cha, mẹ', en: 'Parent' } },
      { value: 'vo-chong', label: { vi: 'Vợ, chồng', en: 'Spouse' } },
      { value: 'con', label: { vi: 'Con', en: 'Child' } },
      { value: 'uy-quyen', label: { vi: 'Người được uỷ quyền', en: 'Authorised person' } },
    ],
  },
  declaration: {
    vi: 'Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.',
    en: 'I declare that the information above is true and I am responsible before the law for it.',
  },
  resultDelivery: ['online', 'in_person'],
  nextSteps: {
    vi: 'Công an xã sẽ kiểm tra hồ sơ trong 1 ngày làm việc và báo qua Zalo khi tiếp nhận. Giấy xác nhận được gửi bản điện tử vào mục Hồ sơ của tôi.',
    en: 'The commune police check the application within 1 working day and tell you on Zalo. The confirmation is sent to My applications.',
  },
  pages: [
    {
      id: 'nguoi-khai',
      title: { vi: 'Thông tin người được xác nhận', en: 'The person to confirm' },
      fields: [
        {
          id: 'hoTen',
          type: 'text',
          label: { vi: 'Họ và tên', en: 'Full name' },
          required: true,
          prefill: 'profile.name',
          autocomplete: 'name',
          maxLength: 100,
        },
        {
          id: 'ngaySinh',
          type: 'date',
          label: { vi: 'Ngày sinh', en: 'Date of birth' },
          required: true,
          max: 'today',
        },
        {
          id: 'soCccd',
          type: 'cccd',
          label: { vi: 'Số CCCD', en: 'Citizen ID number' },
          hint: { vi: '12 chữ số ở mặt trước thẻ', en: '12 digits on the front of the card' },
          required: true,
          crossCheck: { dateOfBirth: 'ngaySinh' },
        },
      ],
    },
    {
      id: 'noi-cu-tru',
      fields: [
        {
          id: 'noiThuongTru',
          type: 'address',
          label: { vi: 'Nơi thường trú', en: 'Permanent address' },
          hint: { vi: 'Ghi như trên CCCD.', en: 'As on the citizen ID card.' },
          required: true,
        },
      ],
    },
    {
      id: 'ho-gia-dinh',
      fields: [
        {
          id: 'xacNhanCaHo',
          type: 'yesNo',
          label: {
            vi: 'Có cần xác nhận cho các thành viên khác trong hộ không?',
            en: 'Should other household members be confirmed too?',
          },
          required: true,
        },
      ],
    },
    {
      id: 'thanh-vien',
      title: { vi: 'Các thành viên trong hộ', en: 'Household members' },
      visibleWhen: { eq: [{ var: 'xacNhanCaHo' }, true] },
      fields: [
        {
          id: 'thanhVien',
          type: 'group',
          label: { vi: 'Thành viên', en: 'Members' },
          itemLabel: { vi: 'Thành viên {n}', en: 'Member {n}' },
          addLabel: { vi: 'Thêm thành viên', en: 'Add a member' },
          minItems: 1,
          maxItems: 10,
          required: true,
          fields: [
            {
              id: 'hoTen',
              type: 'text',
              label: { vi: 'Họ và tên', en: 'Full name' },
              required: true,
            },
            {
              id: 'quanHe',
              type: 'select',
              label: { vi: 'Quan hệ với chủ hộ', en: 'Relationship to the head' },
              required: true,
              options: [
                { value: 'vo-chong', label: { vi: 'Vợ, chồng', en: 'Spouse' } },
                { value: 'con', label: { vi: 'Con', en: 'Child' } },
                { value: 'cha-me', label: { vi: 'Cha, mẹ', en: 'Parent' } },
                { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'muc-dich',
      title: { vi: 'Mục đích xin xác nhận', en: 'Purpose' },
      fields: [
        {
          id: 'mucDich',
          type: 'radio',
          label: { vi: 'Giấy xác nhận dùng để làm gì?', en: 'What is the confirmation for?' },
          required: true,
          options: [
            { value: 'nhap-hoc', label: { vi: 'Nhập học', en: 'School enrolment' } },
            { value: 'vay-von', label: { vi: 'Vay vốn ngân hàng', en: 'Bank loan' } },
            { value: 'khac', label: { vi: 'Việc khác', en: 'Something else' } },
          ],
        },
        {
          id: 'mucDichKhac',
          type: 'textarea',
          label: { vi: 'Vui lòng ghi rõ mục đích', en: 'Please say what for' },
          required: true,
          maxLength: 200,
          visibleWhen: { eq: [{ var: 'mucDich' }, 'khac'] },
        },
        {
          id: 'anhCccd',
          type: 'photo',
          label: { vi: 'Ảnh chụp hai mặt CCCD', en: 'Photos of both sides of the ID card' },
          minFiles: 1,
          maxFiles: 2,
          required: true,
          documentId: 'to-khai',
        },
      ],
    },
  ],
};
