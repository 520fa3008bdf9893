// A page whose only question has a renderer still on its way: the page gives focus to the
// placeholder's heading (the question), and when the real field takes its place focus moves to
// the field's own heading, not back to the start of the document.
import { act, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { ProcedureDefinition } from '../../core/definition/types';
import { QuestionPage } from '../QuestionPage/QuestionPage';
import { createDossierWorld, renderWithDossier, sampleProcedure } from '../test-support';

// The address renderer's chunk: offline while the test world is made (so it is not preloaded),
// then on its way until the test lets it arrive.
const network = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { online: false, arrived, arrive };
});
vi.mock('./AddressAnswer', async (importOriginal) => {
  if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  await network.arrived;
  return importOriginal();
});

const onlyAddress: ProcedureDefinition = {
  ...sampleProcedure,
  id: 'chi-dia-chi',
  onBehalf: { allowed: false, relationships: [] },
  rules: [],
  pages: [
    {
      id: 'trang',
      fields: [{ id: 'noiO', type: 'address', label: { vi: 'Nơi ở hiện nay' }, required: true }],
    },
  ],
};

describe('a one-question page whose renderer arrives late', () => {
  test('focus goes from the placeholder’s heading to the field’s heading', async () => {
    const world = await createDossierWorld({ procedures: [onlyAddress] });
    network.online = true;
    await renderWithDossier(
      <QuestionPage procedure={onlyAddress} pageId="trang" onContinue={() => undefined} />,
      { world },
    );
    const placeholder = screen.getByRole('heading', { level: 1, name: 'Nơi ở hiện nay' });
    expect(screen.getByText('Đang tải câu hỏi…')).toBeTruthy();
    expect(document.activeElement).toBe(placeholder);

    await act(async () => network.arrive());
    const address = await screen.findByRole('group', { name: /Nơi ở hiện nay/ });
    const heading = address.querySelector('legend h1');
    expect(heading?.textContent).toBe('Nơi ở hiện nay');
    expect(document.activeElement).toBe(heading);
  });
});
