import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { Answers, Field, ProcedureDefinition } from '../../core/definition/types';
import type { AppointmentSlot } from '../../core/service/types';
import { vehicleInspection } from '../../examples/index';
import { QuestionPage } from '../QuestionPage/QuestionPage';
import {
  adminIndex2025,
  createDossierWorld,
  renderWithDossier,
  sampleProcedure,
} from '../test-support';
import { dateAnswerOf, dateBoxesOf } from './DateAnswer';
import { formatAnswer } from './format-answer';

/** Renders one page of `procedure`; `last()` is the answers of the latest change. */
async function page(
  procedure: ProcedureDefinition,
  pageId: string,
  defaults: Answers = {},
  options = {},
) {
  const onChange = vi.fn();
  const onContinue = vi.fn();
  const view = await renderWithDossier(
    <QuestionPage
      procedure={procedure}
      pageId={pageId}
      defaultAnswers={defaults}
      onChange={onChange}
      onContinue={onContinue}
      today="2026-12-02"
    />,
    { procedures: [procedure], ...options },
  );
  return { ...view, onChange, onContinue, last: () => onChange.mock.lastCall?.[0] as Answers };
}

const single = (fields: ProcedureDefinition['pages'][number]['fields']): ProcedureDefinition => ({
  ...sampleProcedure,
  id: 'mot-trang',
  onBehalf: { allowed: false, relationships: [] },
  pages: [{ id: 'trang', title: { vi: 'Một trang' }, fields }],
  rules: [],
});

describe('dates', () => {
  test('boxes become an ISO date once they make one; until then they are kept as typed', () => {
    expect(dateAnswerOf({ day: '5', month: '03', year: '1958' })).toBe('1958-03-05');
    expect(dateAnswerOf({ day: '31', month: '2', year: '1990' })).toBe('1990-2-31');
    expect(dateBoxesOf('1990-2-31')).toEqual({ year: '1990', month: '2', day: '31' });
    expect(dateBoxesOf('1958-03-05')).toEqual({ year: '1958', month: '3', day: '5' });
    expect(dateAnswerOf({ day: '', month: '', year: '' })).toBeUndefined();
  });

  test('a wrong date names the box to fix; the lunar date shows when asked', async () => {
    const procedure = single([
      { id: 'ngay', type: 'date', label: { vi: 'Ngày sinh' }, required: true, showLunar: true },
    ]);
    const { last } = await page(procedure, 'trang');
    const group = screen.getByRole('group', { name: 'Ngày sinh' });
    fireEvent.change(within(group).getByLabelText('Ngày'), { target: { value: '31' } });
    fireEvent.change(within(group).getByLabelText('Tháng'), { target: { value: '2' } });
    fireEvent.change(within(group).getByLabelText('Năm'), { target: { value: '1990' } });
    expect(last()).toEqual({ ngay: '1990-2-31' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    expect(within(group).getByLabelText('Ngày').getAttribute('aria-invalid')).toBe('true');
    expect(within(group).getByLabelText('Năm').getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(within(group).getByLabelText('Ngày'), { target: { value: '10' } });
    expect(last()).toEqual({ ngay: '1990-02-10' });
    // 10/02/1990 is the 15th day of the first lunar month of Canh Ngọ (1990): ui's DateInput
    // says it in words, once its lunar calendar has loaded.
    expect(await screen.findByText('Âm lịch: ngày 15 tháng Giêng năm Canh Ngọ')).toBeTruthy();
  });
});

describe('numbers, money and formatted text', () => {
  test('money reads "1,5 triệu" as 1 500 000 đồng and shows it with dots once left', async () => {
    const procedure = single([
      { id: 'tien', type: 'money', label: { vi: 'Thu nhập' }, required: true },
      { id: 'bien', type: 'plate', label: { vi: 'Biển số xe' } },
    ]);
    const { last } = await page(procedure, 'trang');
    const money = screen.getByLabelText(/^Thu nhập/) as HTMLInputElement;
    expect(money.inputMode).toBe('numeric');
    fireEvent.change(money, { target: { value: '1,5 triệu' } });
    expect(last()).toEqual({ tien: 1_500_000 });
    fireEvent.blur(money);
    expect(money.value).toBe('1.500.000\u00a0₫');
    const plate = screen.getByLabelText(/^Biển số xe/) as HTMLInputElement;
    fireEvent.change(plate, { target: { value: '51a12345' } });
    expect(last()).toEqual({ tien: 1_500_000, bien: '51A12345' });
    fireEvent.blur(plate);
    expect(plate.value).toBe('51A-123.45');
  });

  test('text that is not a number is kept, and the check says so', async () => {
    const procedure = single([
      { id: 'so', type: 'number', label: { vi: 'Số người' }, required: true, integer: true },
    ]);
    const { last, onContinue } = await page(procedure, 'trang');
    fireEvent.change(screen.getByLabelText('Số người'), { target: { value: 'ba' } });
    expect(last()).toEqual({ so: 'ba' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/số/i);
  });
});

describe('choices', () => {
  test('yes/no stores a boolean; checkboxes a list, absent when none is ticked', async () => {
    const procedure = single([
      { id: 'co', type: 'yesNo', label: { vi: 'Có giấy chứng sinh không?' } },
      {
        id: 'ds',
        type: 'checkbox',
        label: { vi: 'Giấy tờ đã có' },
        options: [
          { value: 'a', label: { vi: 'Giấy chứng sinh' } },
          { value: 'b', label: { vi: 'Giấy đăng ký kết hôn' } },
        ],
      },
    ]);
    const { last } = await page(procedure, 'trang');
    fireEvent.click(screen.getByRole('radio', { name: 'Không' }));
    expect(last()).toEqual({ co: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Giấy đăng ký kết hôn' }));
    expect(last()).toEqual({ co: false, ds: ['b'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Giấy đăng ký kết hôn' }));
    expect(last()).toEqual({ co: false });
  });
});

describe('repeating groups', () => {
  const procedure = sampleProcedure;
  test('adding an item focuses it and announces it; removing focuses the next one', async () => {
    const { last } = await page(procedure, 'thanh-vien', {
      xacNhanCaHo: true,
      thanhVien: [{ hoTen: 'Trần Văn Bình' }],
    });
    expect(screen.getByRole('group', { name: 'Thành viên 1' })).toBeTruthy();
    // minItems 1: the only item cannot be removed.
    expect(screen.queryByRole('button', { name: 'Xoá Thành viên 1' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Thêm thành viên' })));
    const second = screen.getByRole('group', { name: 'Thành viên 2' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(second).getByLabelText('Họ và tên')),
    );
    expect(screen.getByText('Đã thêm Thành viên 2.')).toBeTruthy();
    fireEvent.change(within(second).getByLabelText('Họ và tên'), {
      target: { value: 'Trần Minh An' },
    });
    expect(last().thanhVien).toEqual([{ hoTen: 'Trần Văn Bình' }, { hoTen: 'Trần Minh An' }]);
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Xoá Thành viên 1' })),
    );
    expect(last().thanhVien).toEqual([{ hoTen: 'Trần Minh An' }]);
    const first = screen.getByRole('group', { name: 'Thành viên 1' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(first).getByLabelText('Họ và tên')),
    );
    expect((within(first).getByLabelText('Họ và tên') as HTMLInputElement).value).toBe(
      'Trần Minh An',
    );
  });

  test('a group that needs one item starts with exactly one, also under StrictMode', async () => {
    const onChange = vi.fn();
    await renderWithDossier(
      <StrictMode>
        <QuestionPage
          procedure={procedure}
          pageId="thanh-vien"
          defaultAnswers={{ xacNhanCaHo: true }}
          onChange={onChange}
          onContinue={vi.fn()}
          today="2026-12-02"
        />
      </StrictMode>,
      { procedures: [procedure] },
    );
    await act(async () => {});
    expect(screen.getByRole('group', { name: 'Thành viên 1' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Thành viên 2' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Trần Minh An' } });
    const answers = onChange.mock.lastCall?.[0] as Answers | undefined;
    expect(answers?.thanhVien).toEqual([{ hoTen: 'Trần Minh An' }]);
  });

  test("an item's errors link to the item's own field", async () => {
    await page(procedure, 'thanh-vien', {
      xacNhanCaHo: true,
      thanhVien: [{ hoTen: 'Trần Văn Bình' }],
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    const link = within(screen.getByRole('alert')).getByRole('link');
    expect(link.getAttribute('href')).toBe('#dossier-thanhVien-0-quanHe');
    await act(async () => fireEvent.click(link));
    expect(document.activeElement?.id).toBe('dossier-thanhVien-0-quanHe');
  });
});

describe('appointments', () => {
  /** Two slots a day from 1 December 2026, working days only; `full` days have no place left. */
  const slots = (count: number, full: readonly number[] = []): AppointmentSlot[] =>
    Array.from({ length: count }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`).flatMap(
      (day, i) =>
        ['08:00', '14:00'].map((time) => ({
          id: `${day}-${time}`,
          start: `${day}T${time}:00+07:00`,
          end: `${day}T${time.replace(':00', ':30')}:00+07:00`,
          remaining: full.includes(i) ? 0 : 3,
        })),
    );
  const days = () =>
    within(screen.getByRole('group', { name: 'Ngày' }))
      .getAllByRole('radio')
      .map((radio) => (radio as HTMLInputElement).value);

  test('full days are left out; the chosen day is shown even past the first five', async () => {
    const world = await createDossierWorld({ procedures: [vehicleInspection] });
    vi.spyOn(world.service, 'getAppointmentSlots').mockResolvedValue(slots(9, [0]));
    const chosen = {
      slotId: '2026-12-08-14:00',
      start: '2026-12-08T14:00:00+07:00',
      end: '2026-12-08T14:30:00+07:00',
    };
    await page(vehicleInspection, 'lich-hen', { slot: chosen }, { world });
    await screen.findByRole('group', { name: 'Ngày' });
    // 1 December is full; the 8th (the seventh day offered) holds the answer.
    expect(days()).toEqual([2, 3, 4, 5, 6, 7, 8].map((d) => `2026-12-0${d}`));
    const eighth = screen.getByRole('radio', { name: /, 08\/12$/ }) as HTMLInputElement;
    expect(eighth.checked).toBe(true);
    const placesLeft = document.getElementById(eighth.getAttribute('aria-describedby') ?? '');
    expect(placesLeft?.textContent).toBe('Còn 6 chỗ');
    expect((screen.getByRole('radio', { name: '14:00 – 14:30' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Xem thêm 1 ngày' })));
    expect(days()).toHaveLength(8);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /, 09\/12$/ }));
  });

  test('no free place in the coming days: says so, and when to come back', async () => {
    const world = await createDossierWorld({ procedures: [vehicleInspection] });
    vi.spyOn(world.service, 'getAppointmentSlots').mockResolvedValue(slots(3, [0, 1, 2]));
    await page(vehicleInspection, 'lich-hen', {}, { world });
    expect(
      await screen.findByText(
        'Chưa có lịch hẹn còn trống trong 30 ngày tới. Vui lòng quay lại sau.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});

describe('addresses', () => {
  test('the 2025 units of the app: province, then commune, then street; the answer keeps codes', async () => {
    const { last } = await page(
      sampleProcedure,
      'noi-cu-tru',
      {},
      { adminIndex: adminIndex2025() },
    );
    fireEvent.change(screen.getByLabelText('Tỉnh hoặc thành phố'), { target: { value: 'Hà Nội' } });
    await act(async () =>
      fireEvent.click(await screen.findByRole('button', { name: /^Thành phố Hà Nội/ })),
    );
    fireEvent.change(await screen.findByLabelText('Xã, phường hoặc đặc khu'), {
      target: { value: 'Ba Đình' },
    });
    await act(async () =>
      fireEvent.click(await screen.findByRole('button', { name: /^Phường Ba Đình/ })),
    );
    fireEvent.change(await screen.findByLabelText('Số nhà, tên đường'), {
      target: { value: 'Số 12, ngõ 5' },
    });
    expect(last()).toEqual({
      noiThuongTru: { provinceCode: '01', communeCode: '00004', street: 'Số 12, ngõ 5' },
    });
    const ctx = {
      locale: 'vi',
      localized: (t: { vi: string } | undefined) => t?.vi ?? '',
      yes: 'Có',
      no: 'Không',
      adminIndex: adminIndex2025(),
    } as const;
    expect(
      formatAnswer(sampleProcedure.pages[1]?.fields[0] as Field, last().noiThuongTru, ctx),
    ).toEqual(['Số 12, ngõ 5, Phường Ba Đình, Thành phố Hà Nội']);
  });
});

describe('prefilled answers', () => {
  test('are shown to confirm with their source, and become a field on "Thay đổi"', async () => {
    await page(sampleProcedure, 'nguoi-khai', { hoTen: 'Nguyễn Thị Mai' });
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
    expect(screen.getByText('Thông tin lấy từ tài khoản Zalo')).toBeTruthy();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Thay đổi\s+Họ và tên/ })),
    );
    const box = screen.getByLabelText('Họ và tên') as HTMLInputElement;
    expect(box.value).toBe('Nguyễn Thị Mai');
    expect(document.activeElement).toBe(box);
  });
});

describe('files', () => {
  test('photos go through the queue: progress, then uploaded; removing takes them out', async () => {
    const { last, world } = await page(sampleProcedure, 'muc-dich', { mucDich: 'vay-von' });
    const photo = new File(
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])],
      'mat-truoc.jpg',
      { type: 'image/jpeg' },
    );
    world.platform.controls.pickImagesWith([photo]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' })));
    await waitFor(() => expect(last()?.anhCccd).toHaveLength(1));
    // Uploaded: the answer now names the backend's file, not the phone's queued copy.
    await screen.findByText(/Đã tải lên/, {}, { timeout: 3000 });
    await waitFor(() => expect((last().anhCccd as { id: string }[])[0]?.id).not.toMatch(/^local:/));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /^Xoá\s+tệp mat-truoc\.jpg/ })),
    );
    expect(last()).toEqual({ mucDich: 'vay-von' });
    expect(screen.getByText('Đã xoá tệp mat-truoc.jpg.')).toBeTruthy();
  });

  test('a file the field does not accept is refused with its name, and not added', async () => {
    const { onChange, world } = await page(sampleProcedure, 'muc-dich', { mucDich: 'vay-von' });
    world.platform.controls.pickImagesWith([
      new File(['%PDF-1.4'], 'don.pdf', { type: 'application/pdf' }),
    ]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' })));
    await screen.findByText(/don\.pdf/);
    expect(onChange.mock.calls.some(([a]) => (a as Answers).anhCccd)).toBe(false);
  });
});
