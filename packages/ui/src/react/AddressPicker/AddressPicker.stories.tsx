import { createAdminIndex } from '@govmini/vn/admin';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AddressPicker } from './AddressPicker';
import { sampleAdminData } from './sample-data';

// Communes only for Hà Nội and Thành phố Hồ Chí Minh in this sample (an app loads them all).
const index = createAdminIndex(sampleAdminData);
const hcm = { code: '79', name: 'Thành phố Hồ Chí Minh' };

const meta = {
  title: 'Thành phần/AddressPicker',
  component: AddressPicker,
  args: { label: 'Nơi thường trú', hint: 'Ghi như trên CCCD.', index },
} satisfies Meta<typeof AddressPicker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Step 1: every province offered before any typing; typing narrows it. */
export const Empty: Story = {};

/** Step 2: the province is chosen and shown with "Đổi"; now the commune. */
export const ProvinceChosen: Story = { args: { defaultValue: { province: hcm } } };

/** Step 3: both chosen; the house number and street are typed. */
export const Filled: Story = {
  args: {
    defaultValue: {
      province: hcm,
      commune: { code: '26743', name: 'Phường Bến Thành' },
      street: 'Số 12, đường Lê Lợi',
    },
  },
};

/** No commune data: provinces are searchable, the commune is typed freely. */
export const WithoutCommuneData: Story = {
  args: {
    index: undefined,
    defaultValue: { province: { code: '38', name: 'Tỉnh Thanh Hóa' } },
  },
};

export const WithError: Story = {
  args: {
    id: 'noi-thuong-tru',
    defaultValue: { province: hcm },
    error: 'Vui lòng chọn xã, phường hoặc đặc khu.',
  },
};

export const Disabled: Story = {
  args: {
    disabled: true,
    defaultValue: { province: { code: '01', name: 'Thành phố Hà Nội' } },
  },
};

/** As the only question on a page, the legend is the page heading. */
export const AsPageHeading: Story = {
  args: { label: 'Địa chỉ nơi ở hiện tại', legendAsHeading: true, hint: undefined },
};
