// A citizen's list where fees are at every stage, for MyDossiers' tests and stories: which
// cards flag a fee (due from filing, or reported and waiting) and which do not (status 6 says
// it already, paid, withdrawn).
import type { Dossier } from '../../core/service/types';
import { sampleDossier, samplePayment } from '../DossierDetail/sample-dossiers';

const record = { vi: 'Cấp Phiếu lý lịch tư pháp', en: 'Criminal record certificate' };

export const FEE_CODES = {
  dueFromFiling: '000.00.06.H56-261128-0001',
  reported: '000.00.06.H56-261127-0002',
  asked: '000.00.06.H56-261126-0003',
  paid: '000.00.06.H56-261125-0004',
  withdrawn: '000.00.06.H56-261124-0005',
} as const;

const withFee = (
  status: Dossier['status'],
  code: string,
  day: number,
  payment: Dossier['payment'],
): Dossier =>
  sampleDossier(status, {
    code,
    procedureId: 'cap-phieu-ly-lich-tu-phap',
    procedureTitle: record,
    submittedAt: `2026-11-${day}T09:00:00+07:00`,
    feeAmount: 200_000,
    ...(payment && { payment }),
  });

/** Newest first: due from filing, reported at 6, asked at 6, paid, withdrawn unpaid. */
export function feeSampleList(): Dossier[] {
  const { dueFromFiling, reported, asked, paid, withdrawn } = FEE_CODES;
  return [
    withFee(1, dueFromFiling, 28, samplePayment(dueFromFiling)),
    withFee(6, reported, 27, samplePayment(reported, 'pending_confirmation')),
    withFee(6, asked, 26, samplePayment(asked)),
    withFee(4, paid, 25, samplePayment(paid, 'paid')),
    withFee(7, withdrawn, 24, samplePayment(withdrawn)),
  ];
}
