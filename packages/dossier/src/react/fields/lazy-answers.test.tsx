// The heavy answer renderers arrive in chunks of their own (lazy-answers.tsx): while one is on
// its way the page shows its question's label, never an empty gap; nothing typed meanwhile is
// lost; a failed fetch says so in Vietnamese with "Thử lại". ProcedureFlow fetches what its
// procedure needs as soon as it opens.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { Answers, ProcedureDefinition } from '../../core/definition/types';
import { vehicleInspection } from '../../examples/index';
import { lazyScreens } from '../ProcedureFlow/lazy-screens';
import { ProcedureFlow } from '../ProcedureFlow/ProcedureFlow';
import { QuestionPage } from '../QuestionPage/QuestionPage';
import { createDossierWorld, renderWithDossier, sampleProcedure } from '../test-support';
import { lazyAnswers } from './lazy-answers';

// The address renderer's chunk: offline (the fetch fails) until `online` is set.
const network = vi.hoisted(() => ({ online: false }));
vi.mock('./AddressAnswer', async (importOriginal) => {
  if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

const addressPage: ProcedureDefinition = {
  ...sampleProcedure,
  id: 'dia-chi',
  onBehalf: { allowed: false, relationships: [] },
  rules: [],
  pages: [
    {
      id: 'trang',
      title: { vi: 'Nơi ở' },
      fields: [
        { id: 'hoTen', type: 'text', label: { vi: 'Họ và tên' }, required: true },
        { id: 'noiO', type: 'address', label: { vi: 'Nơi ở hiện nay' }, required: true },
      ],
    },
  ],
};

describe('answer renderers fetched apart', () => {
  test('a renderer that cannot be fetched: its label, why, and "Thử lại"; typed answers stay', async () => {
    // React reports the failed fetch on window and the console before the boundary shows it.
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onChange = vi.fn();
    const saved: Answers = {
      noiO: { provinceCode: '01', communeCode: '00004', street: 'Số 12, ngõ 5 Đội Cấn' },
    };
    await renderWithDossier(
      <QuestionPage
        procedure={addressPage}
        pageId="trang"
        defaultAnswers={saved}
        onChange={onChange}
        onContinue={() => undefined}
      />,
      { procedures: [addressPage] },
    );
    // The label is where the answer goes, with the reason it is not there yet.
    const failure = await screen.findByText(
      'Chưa tải được câu hỏi này. Vui lòng kiểm tra kết nối mạng rồi bấm “Thử lại”.',
    );
    const part = failure.closest('.gm-dossier-part') as HTMLElement;
    expect(within(part).getByText('Nơi ở hiện nay')).toBeTruthy();
    // The rest of the page works meanwhile, and keeps the saved address.
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Trần Văn An' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...saved, hoTen: 'Trần Văn An' });

    network.online = true;
    await act(async () => fireEvent.click(within(part).getByRole('button', { name: 'Thử lại' })));
    const address = await screen.findByRole('group', { name: /Nơi ở hiện nay/ });
    expect(within(address).getByDisplayValue('Số 12, ngõ 5 Đội Cấn')).toBeTruthy();
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Trần Văn An');
    expect(screen.queryByText(/Chưa tải được câu hỏi này/)).toBeNull();
    logged.mockRestore();
    window.removeEventListener('error', quiet);
  });

  test('ProcedureFlow fetches its procedure’s renderers and later screens at its start page', async () => {
    // The world first: making it fetches every chunk (a phone that has them), spied on after.
    const world = await createDossierWorld({ procedures: [vehicleInspection] });
    const spies = [
      vi.spyOn(lazyAnswers.appointment, 'preload'),
      vi.spyOn(lazyAnswers.file, 'preload'),
      vi.spyOn(lazyAnswers.phone, 'preload'),
      vi.spyOn(lazyAnswers.group, 'preload'),
      vi.spyOn(lazyAnswers.address, 'preload'),
      vi.spyOn(lazyScreens.check, 'preload'),
      vi.spyOn(lazyScreens.declaration, 'preload'),
      vi.spyOn(lazyScreens.confirmation, 'preload'),
    ];
    const [appointment, file, phone, group, address, ...screens] = spies;
    await renderWithDossier(<ProcedureFlow procedure={vehicleInspection} />, { world });
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    // Vehicle inspection asks a phone, a slot and photos; no address and no repeating group.
    for (const spy of [appointment, file, phone]) expect(spy).toHaveBeenCalled();
    for (const spy of [group, address]) expect(spy).not.toHaveBeenCalled();
    for (const spy of screens) expect(spy).toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });
});
