import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { birthRegistration, judicialRecord } from '../../examples/index';
import { createDossierWorld, renderWithDossier, sampleProcedure } from '../test-support';
import { StartPage } from './StartPage';

describe('StartPage', () => {
  test('says what to prepare, the fee, the time in working days, who may file; legal basis folded', async () => {
    const onStart = vi.fn();
    await renderWithDossier(<StartPage procedure={sampleProcedure} onStart={onStart} />);
    expect(screen.getByRole('heading', { level: 1, name: sampleProcedure.title.vi })).toBeTruthy();
    expect(screen.getByText(/^10\.000\s₫$/)).toBeTruthy();
    expect(screen.getByText('3 ngày làm việc')).toBeTruthy();
    const docs = screen.getByRole('region', { name: 'Cần chuẩn bị' });
    expect(
      within(docs).getByText(/Giấy uỷ quyền \(khi nộp thay\) \(1 bản chính, 1 bản sao, nếu có\)/),
    ).toBeTruthy();
    expect(screen.getByText('Căn cứ pháp lý').closest('details')?.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  test('"Miễn phí" and fee ranges', async () => {
    const first = await renderWithDossier(
      <StartPage procedure={birthRegistration} onStart={() => undefined} />,
    );
    expect(screen.getByText('Miễn phí')).toBeTruthy();
    expect(screen.queryByText(/chuyển khoản/)).toBeNull();
    first.unmount();
    await renderWithDossier(<StartPage procedure={judicialRecord} onStart={() => undefined} />);
    // 0, 100 000 or 200 000 đồng by the answer to "feeGroup".
    expect(screen.getByText(/^Từ miễn phí đến 200\.000\s₫, tuỳ lựa chọn khi khai$/)).toBeTruthy();
    // The procedure names the account: paid by transfer, with a QR code.
    expect(
      screen.getByText('Nộp bằng chuyển khoản ngay trong ứng dụng, có mã QR để quét.'),
    ).toBeTruthy();
  });

  test('offers the unfinished draft of this procedure only', async () => {
    const world = await createDossierWorld();
    const mine = await world.drafts.create(sampleProcedure);
    await world.drafts.create(birthRegistration);
    await world.drafts.flush();
    const onResume = vi.fn();
    await renderWithDossier(
      <StartPage procedure={sampleProcedure} onStart={() => undefined} onResume={onResume} />,
      { world },
    );
    const resume = await screen.findAllByRole('button', { name: /^Làm tiếp/ });
    expect(resume).toHaveLength(1);
    fireEvent.click(resume[0] as HTMLElement);
    expect(onResume).toHaveBeenCalledWith(expect.objectContaining({ id: mine.id }));
    expect(screen.getByRole('button', { name: 'Bắt đầu hồ sơ mới' })).toBeTruthy();
  });
});
