import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Button } from '../Button/Button';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

/** A trigger and the dialog, as a page has them: confirming waits a moment, then closes. */
function Demo({ open: initiallyOpen, ...props }: ConfirmDialogProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <Button variant={props.destructive ? 'warning' : 'primary'} onClick={() => setOpen(true)}>
        Rút hồ sơ
      </Button>
      <ConfirmDialog
        {...props}
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          new Promise<void>((resolve) => setTimeout(resolve, 1500)).then(() => setOpen(false))
        }
      />
    </>
  );
}

const meta = {
  title: 'Thành phần/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    open: false,
    title: 'Rút hồ sơ này?',
    children: 'Hồ sơ sẽ không được xử lý tiếp. Muốn làm thủ tục này sau thì phải nộp hồ sơ mới.',
    onConfirm: () => undefined,
    onCancel: () => undefined,
  },
  render: (args) => <Demo {...args} />,
} satisfies Meta<typeof ConfirmDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: tap the button. Escape or "Huỷ" cancel; focus comes back to the button. */
export const Closed: Story = {};

/** Open: focus on "Huỷ", the safe answer. */
export const Open: Story = { args: { open: true } };

/** Cannot be undone: the confirm is red and says what it does. */
export const Destructive: Story = {
  args: { open: true, destructive: true, confirmLabel: 'Rút hồ sơ', cancelLabel: 'Giữ hồ sơ' },
};

/** A plain question with the catalogue's "Đồng ý" / "Huỷ". */
export const Simple: Story = {
  args: {
    open: true,
    title: 'Gửi phản ánh ẩn danh?',
    children: 'Cơ quan sẽ không biết tên và số điện thoại của người gửi.',
  },
};
