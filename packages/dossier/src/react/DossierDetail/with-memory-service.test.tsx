// The tracking screens against the package's memory backend (the one the conformance suite
// holds to the contract), with the agency moved on through its officer controls.
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFORMANCE_PROCEDURE, submission } from '../../testing/conformance-fixture';
import {
  createMemoryDossierService,
  type MemoryDossierService,
} from '../../testing/memory-service';
import { DossierLookup } from '../DossierLookup/DossierLookup';
import { DossierContext } from '../DossierProvider/context';
import { MyDossiers } from '../MyDossiers/MyDossiers';
import { DossierDetail } from './DossierDetail';
import { localContext } from './local-support';

afterEach(cleanup);

const CITIZEN = 'cong-dan-1';

async function filed(): Promise<{ service: MemoryDossierService; code: string }> {
  const service = createMemoryDossierService({ procedures: [CONFORMANCE_PROCEDURE] });
  const dossier = await service.submit(CITIZEN, submission());
  return { service, code: dossier.code };
}

function show(service: MemoryDossierService, ui: ReactElement, signedIn = true) {
  const platform = createSimulatedPlatform({ user: null });
  const value = {
    ...localContext(service, platform, signedIn),
    getSessionToken: async () => (signedIn ? CITIZEN : undefined),
  };
  return render(
    <GovMiniProvider platform={platform} locale="vi" applyTo="none">
      <DossierContext.Provider value={value}>{ui}</DossierContext.Provider>
    </GovMiniProvider>,
  );
}

describe('with the memory backend', () => {
  it('answers a supplement request and the dossier goes back to processing', async () => {
    const { service, code } = await filed();
    await service.controls.accept(code);
    await service.controls.requestSupplement(code, {
      reason: 'Ảnh CCCD bị mờ.',
      documents: ['Ảnh hai mặt thẻ Căn cước'],
    });
    show(service, <DossierDetail code={code} />);
    expect(await screen.findByText('Lý do: Ảnh CCCD bị mờ.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Ghi chú cho cán bộ/ }), {
      target: { value: 'Sẽ mang bản gốc đến khi nhận kết quả.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    expect(await screen.findByRole('heading', { name: /Đã gửi bổ sung/ })).toBeTruthy();
    const stored = await service.get(CITIZEN, code);
    expect(stored.status).toBe(4);
    await waitFor(() =>
      expect(document.querySelector('.gm-status-tag')?.textContent).toBe('Đang xử lý'),
    );
  });

  it('status 6: the fee is paid by transfer, reported, and confirmed by the office', async () => {
    const { service, code } = await filed();
    await service.controls.confirmPayment(code); // the filing fee, paid at once
    await service.controls.accept(code);
    await service.controls.requestPayment(code, 50_000);
    show(service, <DossierDetail code={code} />);
    expect(
      await screen.findByRole(
        'img',
        { name: /^Mã VietQR để chuyển 50\.000.₫ .* tại Vietcombank/ },
        { timeout: 4000 },
      ),
    ).toBeTruthy();
    expect(screen.getByText('Bằng chữ: Năm mươi nghìn đồng')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' }));
    expect(await screen.findByText(/^Đã báo chuyển khoản lúc/)).toBeTruthy();
    expect((await service.get(CITIZEN, code)).payment?.status).toBe('pending_confirmation');
    // The officer finds the money; the citizen opens the dossier again.
    await service.controls.confirmPayment(code);
    cleanup();
    show(service, <DossierDetail code={code} />);
    await waitFor(() =>
      expect(document.querySelector('.gm-status-tag')?.textContent).toBe('Đang xử lý'),
    );
    expect(screen.getByText('50.000 ₫, đã thanh toán')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nộp phí, lệ phí' })).toBeNull();
  });

  it('rates once after the result, unsatisfied with a reason', async () => {
    const { service, code } = await filed();
    await service.controls.complete(code);
    show(service, <DossierDetail code={code} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Không hài lòng' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Lý do không hài lòng/ }), {
      target: { value: 'Hẹn trả chậm hai ngày.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Đã đánh giá: Không hài lòng')).toBeTruthy();
    expect((await service.get(CITIZEN, code)).rating?.comment).toBe('Hẹn trả chậm hai ngày.');
  });

  it('withdraws while allowed', async () => {
    const { service, code } = await filed();
    show(service, <DossierDetail code={code} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rút hồ sơ' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' }), {
      target: { value: 'Nộp nhầm.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    expect(await screen.findByRole('heading', { name: /Đã rút hồ sơ/ })).toBeTruthy();
    expect((await service.get(CITIZEN, code)).status).toBe(7);
  });

  it('lists it, and anyone finds its status by code; someone else gets "not found"', async () => {
    const { service, code } = await filed();
    show(service, <MyDossiers />);
    expect(await screen.findByText(code)).toBeTruthy();
    cleanup();
    show(service, <DossierLookup />, false);
    fireEvent.change(screen.getByRole('textbox', { name: 'Mã hồ sơ' }), {
      target: { value: code.toLowerCase() },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { name: 'Kết quả tra cứu' })).toBeTruthy();
    cleanup();
    const other = { ...service, get: (_t: string, c: string) => service.get('nguoi-khac', c) };
    show(other as MemoryDossierService, <DossierDetail code={code} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' }),
    ).toBeTruthy();
  });
});
