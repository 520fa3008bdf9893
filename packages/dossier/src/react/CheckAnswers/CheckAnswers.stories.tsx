import type { Meta, StoryObj } from '@storybook/react-vite';
import { dossierStoryMeta, sampleProcedure } from '../stories-support';
import { CheckAnswers } from './CheckAnswers';

const answers = {
  hoTen: 'Nguyễn Thị Mai',
  ngaySinh: '1990-05-14',
  soCccd: '001190012345',
  noiThuongTru: { provinceCode: '01', communeCode: '00004', street: 'Số 12, ngõ 5 Đội Cấn' },
  xacNhanCaHo: true,
  thanhVien: [
    { hoTen: 'Trần Văn Bình', quanHe: 'vo-chong' },
    { hoTen: 'Trần Minh An', quanHe: 'con' },
  ],
  mucDich: 'vay-von',
  anhCccd: [
    { id: 'att-1', name: 'cccd-mat-truoc.jpg', type: 'image/jpeg', size: 412_000 },
    { id: 'att-2', name: 'cccd-mat-sau.jpg', type: 'image/jpeg', size: 398_000 },
  ],
};

const meta = {
  title: 'Hồ sơ/CheckAnswers',
  component: CheckAnswers,
  ...dossierStoryMeta,
  args: {
    procedure: sampleProcedure,
    answers,
    resultDelivery: 'online',
    onChange: () => undefined,
    onContinue: () => undefined,
    onBack: () => undefined,
  },
} satisfies Meta<typeof CheckAnswers>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every page's answers, a group's items, an address by name, files, the fee. */
export const ForMyself: Story = {};

/** Filed for a parent: the filer is shown apart from the applicant. */
export const OnBehalf: Story = {
  args: {
    onBehalf: { relationship: 'con', filer: { name: 'Trần Minh An', phone: '+84987654321' } },
  },
};

/** An optional answer left empty reads "Chưa nhập". */
export const WithoutOptional: Story = {
  args: { answers: { ...answers, xacNhanCaHo: false, thanhVien: [] } },
};
