import type { Meta, StoryObj } from '@storybook/react-vite';
import { TaskList } from './TaskList';

const meta = {
  title: 'Thành phần/TaskList',
  component: TaskList,
} satisfies Meta<typeof TaskList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A dossier in progress: every status. */
export const Dossier: Story = {
  render: () => (
    <TaskList>
      <TaskList.Item title="Thông tin người nộp" href="#nguoi-nop" status="done" />
      <TaskList.Item
        title="Giấy tờ đính kèm"
        hint="Ảnh chụp hai mặt CCCD"
        href="#giay-to"
        status="inProgress"
      />
      <TaskList.Item title="Nơi nhận kết quả" href="#noi-nhan" status="notStarted" />
      <TaskList.Item
        title="Kiểm tra lại và nộp hồ sơ"
        href="#nop"
        status="cannotStart"
        hint="Làm được khi các phần trên đã xong"
      />
    </TaskList>
  ),
};

/** Nothing done yet. */
export const NotStarted: Story = {
  render: () => (
    <TaskList>
      <TaskList.Item title="Thông tin người nộp" href="#nguoi-nop" status="notStarted" />
      <TaskList.Item title="Giấy tờ đính kèm" href="#giay-to" status="notStarted" />
      <TaskList.Item title="Kiểm tra lại và nộp hồ sơ" status="cannotStart" />
    </TaskList>
  ),
};

/** Everything done. */
export const AllDone: Story = {
  render: () => (
    <TaskList>
      <TaskList.Item title="Thông tin người nộp" href="#nguoi-nop" status="done" />
      <TaskList.Item title="Giấy tờ đính kèm" href="#giay-to" status="done" />
    </TaskList>
  ),
};

/** A status worded by the app: a task with a problem to fix. */
export const WithCustomStatus: Story = {
  render: () => (
    <TaskList>
      <TaskList.Item
        title="Giấy tờ đính kèm"
        href="#giay-to"
        status="inProgress"
        statusText="Cần bổ sung"
      />
    </TaskList>
  ),
};
