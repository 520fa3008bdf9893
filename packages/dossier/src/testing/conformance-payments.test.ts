// @vitest-environment node
// The payment cases fail clearly, naming what to implement, against a backend that takes no
// payments and does not say so (no `capabilities: { payments: false }`).
import { describe, expect, it } from 'vitest';
import type { DossierService } from '../core/service/types';
import { type Case, CONFORMANCE_SETUP, type DossierConformanceSubject } from './conformance';
import { paymentCases } from './conformance-payments';
import { createMemoryDossierService } from './memory-service';

/** The memory service as a backend written before payments: no payment, no reportTransfer. */
async function withoutPayments(): Promise<DossierConformanceSubject> {
  const memory = createMemoryDossierService({
    procedures: CONFORMANCE_SETUP.procedures.map((p) => ({ ...p, fee: { kind: 'none' } })),
    now: CONFORMANCE_SETUP.startAt,
    users: ['citizen-a', 'citizen-b'],
  });
  const { reportTransfer: _, controls, ...service } = memory;
  const { confirmPayment: __, declineTransfer: ___, ...officer } = controls;
  return {
    service: service as DossierService,
    citizens: ['citizen-a', 'citizen-b'],
    invalidSession: 'citizen-c',
    officer,
  };
}

describe('the payment cases against a backend without payments', () => {
  const cases: { title: string; body: () => Promise<void> }[] = [];
  const collect: Case = (_needs, title, body) => cases.push({ title, body });
  paymentCases(withoutPayments, collect);

  it('are six, each failing with a message that says what to implement', async () => {
    expect(cases).toHaveLength(6);
    for (const { title, body } of cases) {
      await expect(body(), title).rejects.toThrow(/does not take payments\. Implement them/);
    }
  });
});
