import type { Meta, StoryObj } from '@storybook/react-vite';
import { ServiceGrid, ServiceTile } from './ServiceGrid';

const meta = {
  title: 'Thành phần/ServiceGrid',
  component: ServiceGrid,
  args: { 'aria-label': 'Dịch vụ' },
} satisfies Meta<typeof ServiceGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

// Inline icons (decorative: ServiceTile hides them from screen readers).
const icon = (d: string) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75">
    <path d={d} />
  </svg>
);
const icons = {
  submit: icon('M6 2.5h8l4 4v15H6Zm7 0v5h5M9 13h6M12 10v6'),
  search: icon('M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM15.5 15.5 21 21'),
  report: icon('M4 4h16v12H9l-5 4ZM12 7v4M12 13v.5'),
  pay: icon('M3 6h18v12H3ZM3 10h18M7 15h4'),
  book: icon('M12 6c-2-1.5-5-2-8-2v14c3 0 6 .5 8 2 2-1.5 5-2 8-2V4c-3 0-6 .5-8 2Zm0 0v14'),
  phone: icon(
    'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z',
  ),
};

/** The home screen: six services, links to their pages. */
export const Home: Story = {
  render: (args) => (
    <ServiceGrid {...args}>
      <ServiceTile href="#nop-ho-so" icon={icons.submit} label="Nộp hồ sơ" />
      <ServiceTile href="#tra-cuu" icon={icons.search} label="Tra cứu hồ sơ" />
      <ServiceTile href="#phan-anh" icon={icons.report} label="Phản ánh kiến nghị" />
      <ServiceTile href="#thanh-toan" icon={icons.pay} label="Thanh toán phí, lệ phí" />
      <ServiceTile href="#thu-tuc" icon={icons.book} label="Thủ tục hành chính" />
      <ServiceTile href="#lien-he" icon={icons.phone} label="Đường dây nóng" />
    </ServiceGrid>
  ),
};

/** A line under the label, read with it: what needs the citizen's attention. */
export const WithDescriptions: Story = {
  render: (args) => (
    <ServiceGrid {...args}>
      <ServiceTile
        href="#ho-so"
        icon={icons.submit}
        label="Hồ sơ của tôi"
        description="1 hồ sơ cần bổ sung"
      />
      <ServiceTile
        href="#phan-anh-cua-toi"
        icon={icons.report}
        label="Phản ánh của tôi"
        description="2 phản ánh đã có trả lời"
      />
    </ServiceGrid>
  ),
};

/** Tiles that act in place (an app's router navigates): real buttons. */
export const Buttons: Story = {
  render: (args) => (
    <ServiceGrid {...args}>
      <ServiceTile onClick={() => undefined} icon={icons.search} label="Quét mã hồ sơ" />
      <ServiceTile onClick={() => undefined} icon={icons.phone} label="Gọi tổng đài" />
    </ServiceGrid>
  ),
};
