import type { Meta, StoryObj } from '@storybook/react-vite';
import { Notice } from './Notice';

const meta = {
  title: 'Thành phần/Notice',
  component: Notice,
} satisfies Meta<typeof Notice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {
  args: {
    variant: 'info',
    title: 'Thời gian giải quyết',
    children: <p>Hồ sơ được giải quyết trong 5 ngày làm việc kể từ ngày tiếp nhận.</p>,
  },
};

export const Success: Story = {
  args: {
    variant: 'success',
    title: 'Đã gửi hồ sơ',
    children: <p>Mã hồ sơ: 000.00.06.H56-250312-0042. Kết quả sẽ được báo qua Zalo.</p>,
  },
};

export const Warning: Story = {
  args: {
    variant: 'warning',
    title: 'Hồ sơ cần bổ sung trước ngày 20/03/2025',
    children: <p>Vui lòng nộp thêm bản sao giấy chứng nhận kết hôn của cha mẹ.</p>,
  },
};

/** Shown on arrival, not after an action: no alert. */
export const ErrorOnArrival: Story = {
  args: {
    variant: 'error',
    title: 'Không tải được danh sách hồ sơ',
    children: <p>Vui lòng kiểm tra kết nối mạng rồi thử lại.</p>,
  },
};

/** After the citizen's action failed: announced at once (role="alert"). */
export const ErrorAnnounced: Story = {
  args: {
    variant: 'error',
    announce: true,
    title: 'Chưa gửi được hồ sơ',
    children: <p>Mất kết nối mạng. Hồ sơ đã được lưu, sẽ gửi khi có mạng trở lại.</p>,
  },
};

/** One sentence, no title: the prefix word leads it. */
export const WithoutTitle: Story = {
  args: { variant: 'warning', children: <p>Ảnh chụp phải rõ cả bốn góc của giấy tờ.</p> },
};
