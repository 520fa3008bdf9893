import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAuth } from '../AuthProvider/AuthProvider';
import { renderWithAuth, storyUser } from '../test-support';
import { ConsentScreen } from './ConsentScreen';

function Screen() {
  const { status } = useAuth();
  return (
    <>
      <output data-testid="status">{status}</output>
      {status === 'consenting' ? <ConsentScreen /> : null}
    </>
  );
}

/** Starts the real flow (the screen shows only while `consenting`). */
function SignInProbe() {
  const { signIn, ready } = useAuth();
  return ready ? (
    <button type="button" onClick={() => void signIn()}>
      start
    </button>
  ) : null;
}

async function renderConsenting() {
  const result = renderWithAuth(
    <>
      <SignInProbe />
      <Screen />
    </>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'start' }));
  await screen.findByRole('heading', { name: 'Đồng ý sử dụng dữ liệu cá nhân' });
  return result;
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Xác nhận lựa chọn' }));
const group = (title: string) =>
  screen.getByRole('group', { name: `Có đồng ý với mục “${title}” không?` });

describe('ConsentScreen', () => {
  it('groups required and optional purposes, with the four facts and nothing pre-ticked', async () => {
    await renderConsenting();
    const required = screen.getByRole('region', { name: 'Bắt buộc để dùng dịch vụ' });
    const optional = screen.getByRole('region', { name: 'Không bắt buộc' });
    expect(within(required).getByText('Giải quyết hồ sơ dịch vụ công')).toBeTruthy();
    expect(within(optional).getByText('Nhận thông báo qua Zalo')).toBeTruthy();
    expect(within(optional).getByText('Khảo sát mức độ hài lòng')).toBeTruthy();
    for (const label of ['Dữ liệu được dùng', 'Để làm gì', 'Cơ quan xử lý', 'Thời gian lưu giữ']) {
      expect(within(required).getByText(label)).toBeTruthy();
    }
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(6);
    expect(radios.filter((r) => r.checked)).toHaveLength(0);
    // Each purpose: a pair "Đồng ý" / "Không đồng ý" in its own named group (one radio name).
    const pair = within(group('Nhận thông báo qua Zalo')).getAllByRole(
      'radio',
    ) as HTMLInputElement[];
    expect(pair.map((r) => r.labels?.[0]?.textContent)).toEqual(['Đồng ý', 'Không đồng ý']);
    expect(new Set(pair.map((r) => r.name)).size).toBe(1);
    expect(checkboxesIn(document.body)).toBe(0);
  });

  it('refuses to submit with a purpose undecided: error summary linked to each question', async () => {
    await renderConsenting();
    fireEvent.click(within(group('Giải quyết hồ sơ dịch vụ công')).getByLabelText('Đồng ý'));
    submit();
    const summary = await screen.findByRole('alert', { name: 'Có vấn đề cần sửa' });
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho mục “Nhận thông báo qua Zalo”',
      'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho mục “Khảo sát mức độ hài lòng”',
    ]);
    const fieldset = group('Nhận thông báo qua Zalo');
    expect(links[0]?.getAttribute('href')).toBe(`#${fieldset.id}`);
    // The error is part of the question's description.
    const describedBy = fieldset.getAttribute('aria-describedby') ?? '';
    const described = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toContain('Vui lòng chọn “Đồng ý” hoặc “Không đồng ý”');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByTestId('status').textContent).toBe('consenting');
  });

  it('blocks a refused required purpose and explains why and what can be done', async () => {
    const { service } = await renderConsenting();
    fireEvent.click(within(group('Giải quyết hồ sơ dịch vụ công')).getByLabelText('Không đồng ý'));
    fireEvent.click(within(group('Nhận thông báo qua Zalo')).getByLabelText('Đồng ý'));
    fireEvent.click(within(group('Khảo sát mức độ hài lòng')).getByLabelText('Đồng ý'));
    submit();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'Không thể dùng dịch vụ khi không đồng ý mục “Giải quyết hồ sơ dịch vụ công”',
    );
    expect(summary.textContent).toContain('làm thủ tục trực tiếp tại bộ phận một cửa');
    expect(screen.getByTestId('status').textContent).toBe('consenting');
    expect(service.consentLog(storyUser.id)).toHaveLength(0);
  });

  it('sends every decision, refusals included, and signs in', async () => {
    const { service } = await renderConsenting();
    fireEvent.click(within(group('Giải quyết hồ sơ dịch vụ công')).getByLabelText('Đồng ý'));
    fireEvent.click(within(group('Nhận thông báo qua Zalo')).getByLabelText('Không đồng ý'));
    fireEvent.click(within(group('Khảo sát mức độ hài lòng')).getByLabelText('Đồng ý'));
    submit();
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('signed_in'));
    const log = service.consentLog(storyUser.id);
    expect(Object.fromEntries(log.map((r) => [r.purposeId, r.decision]))).toEqual({
      'ho-so-dich-vu-cong': 'granted',
      'thong-bao-zalo': 'refused',
      'khao-sat': 'granted',
    });
  });

  it('"Không dùng dịch vụ lúc này" goes back to signed out', async () => {
    await renderConsenting();
    fireEvent.click(screen.getByRole('button', { name: 'Không dùng dịch vụ lúc này' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('signed_out'));
  });

  it('speaks English when the provider does', async () => {
    renderWithAuth(
      <>
        <SignInProbe />
        <Screen />
      </>,
      { locale: 'en' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'start' }));
    await screen.findByRole('heading', { name: 'Agree to the use of your personal data' });
    expect(screen.getByRole('region', { name: 'Required to use the service' })).toBeTruthy();
    expect(screen.getAllByLabelText('Do not agree')).toHaveLength(3);
  });
});

function checkboxesIn(root: HTMLElement): number {
  return root.querySelectorAll('input[type=checkbox]').length;
}
