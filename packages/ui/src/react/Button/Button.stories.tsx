import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { Button } from './Button';

const meta = {
  title: 'Thành phần/Button',
  component: Button,
  args: { children: 'Tiếp tục' },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The one main action of a page. */
export const Primary: Story = {};

/** A second action beside the main one. */
export const Secondary: Story = { args: { variant: 'secondary', children: 'Lưu nháp' } };

/** For what cannot be undone: withdrawing a dossier, deleting a file. */
export const Warning: Story = { args: { variant: 'warning', children: 'Rút hồ sơ' } };

/** An action that looks like a link (it does something on this page rather than go elsewhere). */
export const LinkStyle: Story = { args: { variant: 'link', children: 'Thay đổi số điện thoại' } };

/** Sending: keeps its width, shows a spinner, says "Đang xử lý…", ignores further taps. */
export const Loading: Story = { args: { type: 'submit', loading: true, children: 'Nộp hồ sơ' } };

/** Not available yet. Prefer explaining why over disabling. */
export const Disabled: Story = { args: { disabled: true, children: 'Nộp hồ sơ' } };

/** Full width always. */
export const FullWidth: Story = { args: { fullWidth: true, children: 'Đăng nhập bằng Zalo' } };

/** Main and second action together; they wrap at large text. */
export const Group: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
      <Button type="submit">Nộp hồ sơ</Button>
      <Button variant="secondary">Lưu nháp</Button>
    </div>
  ),
};

/** Tap "Nộp hồ sơ" twice quickly: one submission only. */
export const SubmitOnce: Story = {
  render: function SubmitOnce() {
    const [sending, setSending] = useState(false);
    const [count, setCount] = useState(0);
    const submit = (event: FormEvent) => {
      event.preventDefault();
      setCount((n) => n + 1);
      setSending(true);
      setTimeout(() => setSending(false), 2000);
    };
    return (
      <form onSubmit={submit}>
        <p>Số lần gửi: {count}</p>
        <Button type="submit" loading={sending}>
          Nộp hồ sơ
        </Button>
      </form>
    );
  },
};
