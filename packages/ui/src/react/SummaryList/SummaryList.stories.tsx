import type { Meta, StoryObj } from '@storybook/react-vite';
import { SummaryList } from './SummaryList';

const meta = {
  title: 'Thành phần/SummaryList',
  component: SummaryList,
} satisfies Meta<typeof SummaryList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** "Kiểm tra lại thông tin" before submitting a dossier. */
export const CheckAnswers: Story = {
  render: () => (
    <SummaryList>
      <SummaryList.Row label="Họ và tên" value="Nguyễn Thị Hoa" changeHref="#ho-ten" />
      <SummaryList.Row label="Ngày sinh" value="05/03/1952" changeHref="#ngay-sinh" />
      <SummaryList.Row label="Số CCCD" value="001152012345" changeHref="#cccd" />
      <SummaryList.Row
        label="Nơi thường trú"
        value={
          <>
            Số 12, đường Lê Lợi
            <br />
            Phường Bến Thành
            <br />
            Thành phố Hồ Chí Minh
          </>
        }
        changeHref="#noi-thuong-tru"
      />
    </SummaryList>
  ),
};

/** Read-only: no actions (e.g. a submitted dossier). */
export const ReadOnly: Story = {
  render: () => (
    <SummaryList>
      <SummaryList.Row label="Mã hồ sơ" value="000.00.06.H56-250714-0012" />
      <SummaryList.Row label="Ngày nộp" value="14/07/2025" />
      <SummaryList.Row label="Số điện thoại" />
    </SummaryList>
  ),
};

/** Several actions, one of them a button. */
export const SeveralActions: Story = {
  render: () => (
    <SummaryList>
      <SummaryList.Row
        label="Giấy tờ đính kèm"
        value="Bản chụp CCCD (2 ảnh)"
        actions={[
          { href: '#giay-to' },
          { children: 'Xoá', hiddenText: 'giấy tờ đính kèm', onClick: () => undefined },
        ]}
      />
      <SummaryList.Row label="Số điện thoại" value="0912 345 678" changeHref="#so-dien-thoai" />
    </SummaryList>
  ),
};
