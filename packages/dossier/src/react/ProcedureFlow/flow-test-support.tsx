// A small procedure for the journey's behaviour tests (every branch, plain fields only) and the
// steps a citizen takes through it. Not exported.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { ProcedureDefinition } from '../../core/definition/types';

export const flowProcedure: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'ho-tro-tre-em',
  version: 2,
  title: { vi: 'Đăng ký hỗ trợ trẻ em dưới 6 tuổi', en: 'Support for children under 6' },
  summary: { vi: 'Đăng ký nhận hỗ trợ cho trẻ em dưới 6 tuổi trong hộ.' },
  sector: { vi: 'Bảo trợ xã hội' },
  agency: { name: { vi: 'UBND xã Tân Phong' }, unitCode: '000.00.06.H56' },
  fee: { kind: 'none' },
  processingDays: 5,
  legalBasis: [{ vi: 'Nghị định 20/2021/NĐ-CP' }],
  eligibility: [{ vi: 'Hộ gia đình có trẻ em dưới 6 tuổi' }],
  documents: [
    { id: 'giay-khai-sinh', title: { vi: 'Giấy khai sinh của trẻ' }, copies: 1, required: true },
  ],
  onBehalf: {
    allowed: true,
    relationships: [
      { value: 'cha-me', label: { vi: 'Cha, mẹ' } },
      { value: 'uy-quyen', label: { vi: 'Người được uỷ quyền' } },
    ],
  },
  declaration: { vi: 'Tôi xin cam đoan những thông tin trên là đúng sự thật.' },
  resultDelivery: ['online', 'in_person'],
  nextSteps: { vi: 'UBND xã xem xét và báo kết quả qua Zalo.' },
  pages: [
    {
      id: 'ho-ten',
      fields: [
        {
          id: 'hoTen',
          type: 'text',
          label: { vi: 'Họ và tên' },
          required: true,
          prefill: 'profile.name',
        },
      ],
    },
    {
      id: 'co-con',
      fields: [
        { id: 'coCon', type: 'yesNo', label: { vi: 'Có con dưới 6 tuổi không?' }, required: true },
      ],
    },
    {
      id: 'so-con',
      visibleWhen: { eq: [{ var: 'coCon' }, true] },
      fields: [
        {
          id: 'soCon',
          type: 'number',
          label: { vi: 'Số con dưới 6 tuổi' },
          required: true,
          integer: true,
          min: 1,
          max: 10,
        },
      ],
    },
    {
      id: 'lien-he',
      title: { vi: 'Thông tin liên hệ' },
      fields: [
        { id: 'email', type: 'email', label: { vi: 'Thư điện tử' } },
        { id: 'ghiChu', type: 'textarea', label: { vi: 'Ghi chú' }, maxLength: 200 },
      ],
    },
  ],
};

export const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

export async function press(name: string | RegExp) {
  const button = await screen.findByRole('button', { name });
  await act(async () => {
    fireEvent.click(button);
  });
}

export async function next() {
  await press('Tiếp tục');
}

export async function choose(name: string | RegExp) {
  const radio = await screen.findByRole('radio', { name });
  await act(async () => {
    fireEvent.click(radio);
  });
}

export async function type(label: string | RegExp, value: string) {
  const box = await screen.findByLabelText(label);
  await act(async () => {
    fireEvent.change(box, { target: { value } });
  });
}

/** From the start page to the check page, for oneself, with two children. */
export async function fillForMyself(children: number) {
  await press('Bắt đầu');
  await heading('Người nộp hồ sơ');
  await choose('Cho bản thân');
  await next();
  await heading('Họ và tên');
  await next();
  await heading('Có con dưới 6 tuổi không?');
  await choose(children ? 'Có' : 'Không');
  await next();
  if (children) {
    await heading('Số con dưới 6 tuổi');
    await type(/^Số con dưới 6 tuổi/, String(children));
    await next();
  }
  await heading('Thông tin liên hệ');
  await next();
  await heading('Cách nhận kết quả');
  await choose('Nhận bản điện tử trong ứng dụng');
  await next();
  await heading('Kiểm tra lại thông tin trước khi gửi');
}

export async function declareAndSend() {
  await press('Tiếp tục');
  await heading('Cam đoan và gửi hồ sơ');
  const box = screen.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý với lời cam đoan trên' });
  await act(async () => {
    fireEvent.click(box);
  });
  await press('Gửi hồ sơ');
}

export async function expectFocusIn(selector: string) {
  await waitFor(() => expect(document.activeElement?.closest(selector)).not.toBeNull());
}
