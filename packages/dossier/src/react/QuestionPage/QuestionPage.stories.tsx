import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ProcedureDefinition } from '../../core/definition/types';
import { birthRegistration, judicialRecord, vehicleInspection } from '../../examples/index';
import { AnswerLoading } from '../fields/lazy-answers';
import {
  clickText,
  dossierStoryMeta,
  sampleProcedure,
  settle,
  storyChipPrefill,
} from '../stories-support';
import { QuestionPage } from './QuestionPage';

/** The field types the examples do not show, on two pages. */
const showcase: ProcedureDefinition = {
  ...sampleProcedure,
  id: 'cac-loai-cau-hoi',
  pages: [
    {
      id: 'so-va-tien',
      title: { vi: 'Thu nhập và tài sản', en: 'Income and assets' },
      fields: [
        {
          id: 'soNguoi',
          type: 'number',
          label: { vi: 'Số người trong hộ', en: 'People in the household' },
          unit: { vi: 'người', en: 'people' },
          integer: true,
          min: 1,
          required: true,
        },
        {
          id: 'thuNhap',
          type: 'money',
          label: { vi: 'Thu nhập bình quân mỗi tháng', en: 'Average monthly income' },
          required: true,
        },
        {
          id: 'taiSan',
          type: 'checkbox',
          label: { vi: 'Tài sản đang có', en: 'Assets' },
          hint: { vi: 'Chọn tất cả mục phù hợp.', en: 'Choose all that apply.' },
          options: [
            { value: 'nha', label: { vi: 'Nhà ở', en: 'A house' } },
            { value: 'dat', label: { vi: 'Đất nông nghiệp', en: 'Farm land' } },
            { value: 'xe', label: { vi: 'Xe máy', en: 'A motorbike' } },
          ],
        },
        {
          id: 'ngaySinhAm',
          type: 'date',
          label: { vi: 'Ngày sinh của chủ hộ', en: 'Date of birth of the head' },
          showLunar: true,
          autocomplete: 'bday',
        },
      ],
    },
    {
      id: 'lien-he',
      title: { vi: 'Liên hệ và doanh nghiệp', en: 'Contact and business' },
      fields: [
        { id: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
        {
          id: 'dienThoai',
          type: 'phone',
          label: { vi: 'Số điện thoại', en: 'Phone number' },
          required: true,
        },
        { id: 'mst', type: 'taxCode', label: { vi: 'Mã số thuế hộ kinh doanh', en: 'Tax code' } },
        { id: 'bienSo', type: 'plate', label: { vi: 'Biển số xe', en: 'Number plate' } },
        {
          id: 'luuY',
          type: 'info',
          label: { vi: 'Lưu ý', en: 'Note' },
          body: {
            vi: 'Số điện thoại dùng để cơ quan báo khi hồ sơ có kết quả.',
            en: 'The office calls this number when there is a result.',
          },
        },
        {
          id: 'giayPhep',
          type: 'file',
          label: { vi: 'Giấy phép kinh doanh (bản scan)', en: 'Business licence (scan)' },
          maxFiles: 2,
        },
      ],
    },
  ],
};

const meta = {
  title: 'Hồ sơ/QuestionPage',
  component: QuestionPage,
  ...dossierStoryMeta,
  args: {
    procedure: sampleProcedure,
    pageId: 'nguoi-khai',
    step: { current: 2, total: 9 },
    onContinue: () => undefined,
    onBack: () => undefined,
  },
} satisfies Meta<typeof QuestionPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A short section of questions; the name comes from the Zalo account, shown to confirm. */
export const Section: Story = {
  args: { defaultAnswers: { hoTen: 'Nguyễn Thị Mai' } },
};

/** "Tiếp tục" with nothing filled: the error summary, each error a link to its field. */
export const WithErrors: Story = {
  args: { defaultAnswers: { ngaySinh: '1990-2-31' } },
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Tiếp tục', 'button');
    await settle();
  },
};

/** Details read from the CCCD chip (name, number, date of birth) are confirmed, not asked. */
export const PrefilledFromChip: Story = {
  args: {
    procedure: vehicleInspection,
    pageId: 'chu-xe',
    defaultAnswers: {
      ownerName: 'Nguyễn Thị Mai',
      ownerCccd: '001190012345',
      ownerPhone: '+84912345678',
    },
  },
  parameters: { dossier: { prefill: storyChipPrefill } },
};

/** One question on the page: its legend is the page heading. */
export const YesNo: Story = { args: { pageId: 'ho-gia-dinh', defaultAnswers: {} } };

export const Address: Story = { args: { pageId: 'noi-cu-tru' } };

export const AddressChosen: Story = {
  args: {
    pageId: 'noi-cu-tru',
    defaultAnswers: {
      noiThuongTru: { provinceCode: '01', communeCode: '00004', street: 'Số 12, ngõ 5 Đội Cấn' },
    },
  },
};

/** A repeating group with two members, each removable, and "Thêm thành viên". */
export const Group: Story = {
  args: {
    pageId: 'thanh-vien',
    defaultAnswers: {
      xacNhanCaHo: true,
      thanhVien: [{ hoTen: 'Trần Văn Bình', quanHe: 'vo-chong' }, { hoTen: 'Trần Minh An' }],
    },
  },
};

export const GroupWithErrors: Story = {
  args: { pageId: 'thanh-vien', defaultAnswers: { xacNhanCaHo: true, thanhVien: [{}] } },
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Tiếp tục', 'button');
    await settle();
  },
};

/** A radio answer that reveals a question, and photos with their limits. */
export const ChoiceRevealsQuestion: Story = {
  args: { pageId: 'muc-dich', defaultAnswers: { mucDich: 'khac' } },
};

/** Files restored from a draft: shown as saved, with "Xoá". */
export const FilesSaved: Story = {
  args: {
    pageId: 'muc-dich',
    defaultAnswers: {
      mucDich: 'vay-von',
      anhCccd: [
        { id: 'att-1', name: 'cccd-mat-truoc.jpg', type: 'image/jpeg', size: 412_000 },
        { id: 'att-2', name: 'cccd-mat-sau.jpg', type: 'image/jpeg', size: 398_000 },
      ],
    },
  },
};

/** Appointment: the days with places, five at a time, then that day's times (full ones shown, not selectable). */
export const Appointment: Story = {
  args: { procedure: vehicleInspection, pageId: 'lich-hen', defaultAnswers: {} },
  play: () => settle(150),
};

export const NumbersMoneyAndLunarDate: Story = {
  args: {
    procedure: showcase,
    pageId: 'so-va-tien',
    defaultAnswers: {
      soNguoi: 4,
      thuNhap: 4_500_000,
      taiSan: ['nha', 'xe'],
      ngaySinhAm: '1962-02-05',
    },
  },
};

export const ContactAndFiles: Story = {
  args: {
    procedure: showcase,
    pageId: 'lien-he',
    defaultAnswers: { bienSo: '51A12345', mst: '0314409058' },
  },
  play: () => settle(150),
};

/** A real procedure's page with a conditional notice (late registration). */
export const BirthRegistrationChild: Story = {
  args: {
    procedure: birthRegistration,
    pageId: 'tre-em',
    defaultAnswers: { childDateOfBirth: '2025-01-02' },
  },
};

export const JudicialRecordPurpose: Story = {
  args: { procedure: judicialRecord, pageId: 'muc-dich', defaultAnswers: {} },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { defaultAnswers: { hoTen: 'Nguyễn Thị Mai' } },
};

/**
 * A heavy answer (photos, a slot, a group…) whose code is still on its way: the question's label
 * and "Đang tải câu hỏi…" in its place, never an empty gap. ProcedureFlow fetches these at the
 * start page, so a citizen rarely sees it.
 */
export const AnswerStillLoading: Story = {
  render: () => (
    <div className="gm-dossier-page">
      <AnswerLoading id="dossier-anhCccd" label="Ảnh chụp hai mặt CCCD" />
    </div>
  ),
};

/** That code could not be fetched (offline before it arrived): why, and "Thử lại". */
export const AnswerCouldNotLoad: Story = {
  render: () => (
    <div className="gm-dossier-page">
      <AnswerLoading id="dossier-anhCccd" label="Ảnh chụp hai mặt CCCD" retry={() => undefined} />
    </div>
  ),
};
