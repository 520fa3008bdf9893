// The fee screen comes in a chunk of its own, fetched when a dossier has a fee to pay. Offline,
// its place says why with "Thử lại" (the rest of the dossier still shows), instead of the whole
// screen failing; "Thử lại" fetches it again.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DossierDetail } from './DossierDetail';
import { renderTracking } from './local-render';
import { SAMPLE_TODAY, sampleDossier } from './sample-dossiers';

// The fee screen's chunk: offline (the fetch fails) until `online` is set.
const network = vi.hoisted(() => ({ online: false }));
vi.mock('../FeePayment/FeePayment', async (importOriginal) => {
  if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('DossierDetail fee screen fetched apart', () => {
  it('cannot be fetched: says why, the dossier still shows, "Thử lại" brings the fee screen', async () => {
    const dossier = sampleDossier(6);
    renderTracking(<DossierDetail code={dossier.code} today={SAMPLE_TODAY} />, {
      dossiers: [dossier],
    });
    expect(await screen.findByText(/Chưa tải được hướng dẫn nộp phí/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: dossier.procedureTitle.vi })).toBeTruthy();
    expect(screen.getByText(/Vui lòng nộp 200\.000\s₫ phí, lệ phí/)).toBeTruthy();
    network.online = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Thử lại' })));
    expect(await screen.findByRole('region', { name: 'Nộp phí, lệ phí' })).toBeTruthy();
    expect(screen.queryByText(/Chưa tải được hướng dẫn nộp phí/)).toBeNull();
  });
});
