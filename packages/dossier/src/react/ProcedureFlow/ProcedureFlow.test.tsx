import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { MemoryDossierService } from '../../testing/memory-service';
import { createDossierWorld, renderWithDossier } from '../test-support';
import {
  choose,
  declareAndSend,
  expectFocusIn,
  fillForMyself,
  flowProcedure,
  heading,
  next,
  press,
  type,
} from './flow-test-support';
import { ProcedureFlow } from './ProcedureFlow';

const world = () => createDossierWorld({ procedures: [flowProcedure] });
const memory = (service: unknown) => service as MemoryDossierService;

/** As under zmp-ui's AnimationRoutes: each step's path is its own page, mounted afresh. */
function RemountPerStep() {
  const [at, setAt] = useState<{ step: string; draftId?: string | undefined }>({
    step: 'start',
  });
  return (
    <ProcedureFlow
      key={at.step}
      procedure={flowProcedure}
      step={at.step}
      draftId={at.draftId}
      onStepChange={(step, draftId) => setAt({ step, draftId })}
    />
  );
}

describe('ProcedureFlow', () => {
  test('walks every applicable page, checks, declares and sends exactly one dossier', async () => {
    const onSubmitted = vi.fn();
    const { world: w } = await renderWithDossier(
      <ProcedureFlow
        procedure={flowProcedure}
        onSubmitted={onSubmitted}
        myDossiersHref="/ho-so"
        renderLink={({ href, ...link }) => <a href={`/zapp${href}`} {...link} />}
      />,
      { world: await world() },
    );
    await fillForMyself(2);
    const summary = screen
      .getByRole('heading', { level: 1 })
      .closest('.gm-dossier-check') as HTMLElement;
    expect(within(summary).getByText('Nguyễn Thị Mai')).toBeTruthy();
    expect(within(summary).getByText('Nhận bản điện tử trong ứng dụng')).toBeTruthy();
    await declareAndSend();
    await heading('Đã gửi hồ sơ');
    const [filed] = memory(w.service).controls.dossiers();
    expect(filed?.dossier.answers).toEqual({ hoTen: 'Nguyễn Thị Mai', coCon: true, soCon: 2 });
    expect(filed?.dossier.onBehalf).toBeUndefined();
    expect(filed?.dossier.resultDelivery).toBe('online');
    expect(onSubmitted).toHaveBeenCalledWith(
      expect.objectContaining({ code: filed?.dossier.code }),
    );
    expect(screen.getByText(filed?.dossier.code ?? '?')).toBeTruthy();
    expect(await screen.findByRole('img', { name: /Mã QR của mã hồ sơ/ })).toBeTruthy();
    // The confirmation's links are the app's (its router's basename).
    expect(screen.getByRole('link', { name: 'Xem hồ sơ của tôi' }).getAttribute('href')).toBe(
      '/zapp/ho-so',
    );
    // The draft has done its job.
    expect(await w.drafts.list()).toEqual([]);
  });

  test('a page shown on a condition is skipped when the condition does not hold', async () => {
    const steps: string[] = [];
    await renderWithDossier(
      <ProcedureFlow procedure={flowProcedure} onStepChange={(s) => steps.push(s)} />,
      {
        world: await world(),
      },
    );
    await fillForMyself(0);
    expect(steps).toEqual(['on-behalf', 'ho-ten', 'co-con', 'lien-he', 'delivery', 'check']);
    expect(screen.queryByText('Số con dưới 6 tuổi')).toBeNull();
  });

  test('a failed "Tiếp tục" shows the error summary, focused, whose link focuses the field', async () => {
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: await world() });
    await press('Bắt đầu');
    await heading('Người nộp hồ sơ');
    await choose('Cho bản thân');
    await next();
    await heading('Họ và tên');
    await next();
    await heading('Có con dưới 6 tuổi không?');
    await expectFocusIn('h1');
    await next();
    const summary = await screen.findByRole('alert');
    await expectFocusIn('.gm-error-summary');
    const link = within(summary).getByRole('link');
    expect(link.textContent).toMatch(/có con dưới 6 tuổi/i);
    await act(async () => {
      fireEvent.click(link);
    });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Có' }));
    // The same words at the field, which its group announces.
    const group = screen.getByRole('group', { name: /Có con dưới 6 tuổi không\?/ });
    expect(group.textContent).toContain(link.textContent ?? '?');
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
  });

  test('"Thay đổi" from the check page opens the page and returns to the check page', async () => {
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: await world() });
    await fillForMyself(0);
    await press(/Thay đổi\s+Có con dưới 6 tuổi không\?/);
    await heading('Có con dưới 6 tuổi không?');
    await choose('Có');
    await next();
    // The change opened a page never answered: it is asked, then back to the summary.
    await heading('Số con dưới 6 tuổi');
    await type(/^Số con dưới 6 tuổi/, '1');
    await next();
    await heading('Kiểm tra lại thông tin trước khi gửi');
    await press(/Thay đổi\s+Thư điện tử/);
    await heading('Thông tin liên hệ');
    await type(/^Thư điện tử/, 'mai@example.vn');
    await next();
    await heading('Kiểm tra lại thông tin trước khi gửi');
    expect(screen.getByText('mai@example.vn')).toBeTruthy();
  });

  test('"Thay đổi" still returns to the check page when the flow remounts at every step', async () => {
    await renderWithDossier(<RemountPerStep />, { world: await world() });
    await fillForMyself(0);
    await press(/Thay đổi\s+Có con dưới 6 tuổi không\?/);
    await heading('Có con dưới 6 tuổi không?');
    await choose('Có');
    await next();
    await heading('Số con dưới 6 tuổi');
    await type(/^Số con dưới 6 tuổi/, '1');
    await next();
    // "Thông tin liên hệ" was on the summary already: straight back to it.
    await heading('Kiểm tra lại thông tin trước khi gửi');
    await press(/Thay đổi\s+Thư điện tử/);
    await heading('Thông tin liên hệ');
    await next();
    await heading('Kiểm tra lại thông tin trước khi gửi');
  });

  test('going back keeps what was typed', async () => {
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: await world() });
    await fillForMyself(3);
    await press('Quay lại'); // check → delivery
    await heading('Cách nhận kết quả');
    await press('Quay lại');
    await heading('Thông tin liên hệ');
    await type(/^Ghi chú/, 'Nhà ở cuối ngõ');
    await press('Quay lại');
    await heading('Số con dưới 6 tuổi');
    expect((screen.getByLabelText(/^Số con dưới 6 tuổi/) as HTMLInputElement).value).toBe('3');
    await next();
    await heading('Thông tin liên hệ');
    expect((screen.getByLabelText(/^Ghi chú/) as HTMLTextAreaElement).value).toBe('Nhà ở cuối ngõ');
  });

  test('a reload resumes the draft at the exact page with its answers', async () => {
    const phone = await world();
    const first = await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, {
      world: phone,
    });
    await press('Bắt đầu');
    await choose('Cho bản thân');
    await next();
    await next();
    await choose('Có');
    await next();
    await heading('Số con dưới 6 tuổi');
    await type(/^Số con dưới 6 tuổi/, '4');
    // Zalo hides the app, then kills it: whatever was typed is on the phone.
    act(() => phone.platform.controls.fire('hidden'));
    await waitFor(async () => expect((await phone.drafts.list())[0]?.answers.soCon).toBe(4));
    first.unmount();

    // Opened again at the same URL: the newest draft of this procedure, at that page.
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} step="so-con" />, {
      world: phone,
    });
    await heading('Số con dưới 6 tuổi');
    expect((screen.getByLabelText(/^Số con dưới 6 tuổi/) as HTMLInputElement).value).toBe('4');
  });

  test('the start page offers the unfinished draft, resumed at its page', async () => {
    const phone = await world();
    const draft = await phone.drafts.create(flowProcedure);
    phone.drafts.update(draft.id, {
      answers: { hoTen: 'Lê Văn Tám', coCon: false },
      pageId: 'lien-he',
    });
    await phone.drafts.flush();
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: phone });
    await screen.findByRole('heading', { name: 'Hồ sơ đang làm dở' });
    await press(/^Làm tiếp/);
    await heading('Thông tin liên hệ');
    await press('Quay lại');
    await heading('Có con dưới 6 tuổi không?');
    expect((screen.getByRole('radio', { name: 'Không' }) as HTMLInputElement).checked).toBe(true);
  });

  test('a double tap on "Gửi hồ sơ" files one dossier', async () => {
    const phone = await world();
    const submit = vi.spyOn(phone.service, 'submit');
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: phone });
    await fillForMyself(1);
    await press('Tiếp tục');
    await heading('Cam đoan và gửi hồ sơ');
    fireEvent.click(screen.getByRole('checkbox'));
    const send = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    await act(async () => {
      fireEvent.click(send);
      fireEvent.click(send);
      fireEvent.click(send);
    });
    await heading('Đã gửi hồ sơ');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(memory(phone.service).controls.dossiers()).toHaveLength(1);
  });

  test('offline, the dossier waits in the outbox ("Đang chờ gửi") and goes once online', async () => {
    const phone = await world();
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: phone });
    await fillForMyself(1);
    act(() => phone.platform.controls.update({ online: false }));
    await declareAndSend();
    await heading('Hồ sơ đang chờ gửi');
    expect(memory(phone.service).controls.dossiers()).toHaveLength(0);
    act(() => phone.platform.controls.update({ online: true }));
    await heading('Đã gửi hồ sơ');
    expect(memory(phone.service).controls.dossiers()).toHaveLength(1);
  });

  test('filing for someone else records the filer apart from the applicant', async () => {
    const phone = await world();
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} />, { world: phone });
    await press('Bắt đầu');
    await heading('Người nộp hồ sơ');
    await choose('Nộp thay người khác');
    await choose('Cha, mẹ');
    // The account's name is the filer's: confirmed, not typed.
    expect(screen.getAllByText('Thông tin lấy từ tài khoản Zalo')).toHaveLength(2);
    await next();
    await heading('Họ và tên');
    // …and not the applicant's: asked, empty.
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('');
    await type('Họ và tên', 'Trần Văn Bố');
    await next();
    await choose('Không');
    await next();
    await next();
    await choose('Nhận trực tiếp tại nơi nộp hồ sơ');
    await next();
    await heading('Kiểm tra lại thông tin trước khi gửi');
    expect(screen.getByText('Nộp thay: Cha, mẹ')).toBeTruthy();
    await declareAndSend();
    await heading('Đã gửi hồ sơ');
    const [filed] = memory(phone.service).controls.dossiers();
    expect(filed?.dossier.answers).toEqual({ hoTen: 'Trần Văn Bố', coCon: false });
    expect(filed?.dossier.onBehalf).toEqual({
      relationship: 'cha-me',
      filer: { name: 'Nguyễn Thị Mai', phone: '+84912345678' },
    });
    expect(filed?.owner).toBe('story-user');
  });

  test('a draft of an older definition says what must be entered again', async () => {
    const phone = await world();
    const draft = await phone.drafts.create({ ...flowProcedure, version: 1 });
    phone.drafts.update(draft.id, {
      answers: { hoTen: 'Lê Văn Tám', coCon: 'co', soNha: '12' },
      pageId: 'co-con',
    });
    await phone.drafts.flush();
    await renderWithDossier(<ProcedureFlow procedure={flowProcedure} draftId={draft.id} />, {
      world: phone,
    });
    await screen.findByText('Thủ tục đã được cập nhật');
    expect(screen.getByText('Vui lòng trả lời lại các câu sau:')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Có con dưới 6 tuổi không?');
    expect(screen.getByText('Một số câu trả lời không còn cần nữa nên đã được bỏ.')).toBeTruthy();
    await heading('Có con dưới 6 tuổi không?');
  });

  test('a controlled step follows the prop and reports every move', async () => {
    const phone = await world();
    const moves: string[] = [];
    const view = await renderWithDossier(
      <ProcedureFlow procedure={flowProcedure} step="start" onStepChange={(s) => moves.push(s)} />,
      { world: phone },
    );
    await press('Bắt đầu');
    expect(moves).toEqual(['on-behalf']);
    // The app has not moved its URL yet: still the start page.
    expect(screen.getByRole('heading', { level: 1, name: flowProcedure.title.vi })).toBeTruthy();
    view.rerender(
      <ProcedureFlow
        procedure={flowProcedure}
        step="on-behalf"
        onStepChange={(s) => moves.push(s)}
      />,
    );
    await heading('Người nộp hồ sơ');
  });
});
